package dev.focal.backoffice.inventory;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.inventory.InventoryAccess;
import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.shell.MainLayout;
import dev.focal.backoffice.ui.ScanField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.backoffice.ui.ScanField.Outcome;
import dev.focal.inventory.CountScanOutcome;
import dev.focal.inventory.CountSheet;
import dev.focal.inventory.CountSheetStatus;
import dev.focal.inventory.CountedLine;
import dev.focal.inventory.CycleCounting;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.InventoryExceptions.StockNotFound;
import dev.focal.inventory.InventoryExceptions.StockRecordChanged;
import dev.focal.inventory.StockDocumentRefused;
import org.jspecify.annotations.Nullable;

/**
 * Blind counting on a tablet: scan a bin (or choose "not put away"), then scan every unit in it (each scan
 * counts one), or type a count for many units of one SKU. The screen never shows what was expected, only what
 * this sheet has counted so far. Submitting hands the sheet to a second person for review.
 */
@Route(value = "counts/:number/count", layout = MainLayout.class)
@PageTitle("Count")
@AllowedFor(InventoryAccess.STOCK_KEEPERS)
class CountSheetView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final Paragraph facts = new Paragraph();
    final Div place = new Div();
    final Paragraph recount = new Paragraph();
    final ScanField scan = new ScanField("Scan the bin, then every unit in it");
    final Button notPutAway = new Button("Count stock not put away", VaadinIcon.INBOX.create());
    final TextField typedSku = new TextField("SKU or barcode");
    final IntegerField typedCount = new IntegerField("Units");
    final Button setCount = new Button("Set count", VaadinIcon.CHECK.create());
    final Grid<CountedLine> counted = new Grid<>();
    final Button submit = new Button("Submit for review", VaadinIcon.PAPERPLANE.create());
    final Button review = new Button("Open review", VaadinIcon.CLIPBOARD_CHECK.create());

    private final CycleCounting counts;
    private final FieldErrors errors = new FieldErrors();
    private String number = "";
    private long version;
    /** The place being counted: a bin code, "" for stock not put away, null before the first bin scan. */
    private @Nullable String currentBin;

    CountSheetView(CycleCounting counts) {
        this.counts = counts;
        addClassName("warehouse-view");
        addClassName("count-view");
        place.addClassName("count-place");
        recount.addClassName("count-recount");
        notPutAway.addThemeVariants(ButtonVariant.LUMO_LARGE);
        notPutAway.addClassName("big-button");
        typedSku.addClassName("big-field");
        typedCount.addClassName("big-field");
        typedCount.setMin(0);
        typedCount.setStepButtonsVisible(true);
        setCount.addThemeVariants(ButtonVariant.LUMO_LARGE);
        setCount.addClassName("big-button");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.addClassName("big-button");
        review.addThemeVariants(ButtonVariant.LUMO_LARGE);
        review.setVisible(false);

        counted.addColumn(l -> l.binCode() == null ? "not put away" : l.binCode()).setHeader("Place").setAutoWidth(true);
        counted.addColumn(CountedLine::sku).setHeader("SKU").setAutoWidth(true);
        counted.addColumn(CountedLine::description).setHeader("Product").setFlexGrow(1);
        counted.addColumn(CountedLine::counted).setHeader("Counted").setAutoWidth(true);
        counted.setAllRowsVisible(true);
        counted.addClassName("count-lines");

        errors.bind("sku", typedSku).bind("counted", typedCount).bind("bin", typedSku);

        scan.onScan(this::scanned);
        notPutAway.addClickListener(e -> choosePlace(""));
        setCount.addClickListener(e -> typedCount());
        submit.addClickListener(e -> submit());
        review.addClickListener(e -> InventoryNavigation.toReview(number));

        var typed = new HorizontalLayout(typedSku, typedCount, setCount);
        typed.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        typed.addClassName("count-typed");
        var heading = new HorizontalLayout(title, facts);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(heading, recount, place, scan, new HorizontalLayout(notPutAway), typed, counted,
                new HorizontalLayout(submit, review));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        number = event.getRouteParameters().get("number").orElse("");
        currentBin = null;
        try {
            refresh();
        } catch (StockNotFound e) {
            FieldErrors.error(e.getMessage());
            event.forwardTo(CountsView.class);
        }
    }

    Outcome scanned(String code) {
        CountScanOutcome outcome = counts.scan(number, currentBin, code);
        return switch (outcome) {
            case CountScanOutcome.BinChosen(String bin) -> {
                currentBin = bin == null ? "" : bin;
                showPlace();
                yield Outcome.accepted("Counting " + placeLabel() + ": scan every unit in it.");
            }
            case CountScanOutcome.Counted(CountedLine line) -> {
                refresh();
                yield Outcome.accepted(line.sku() + ": " + line.counted() + " counted in " + placeLabel() + ".");
            }
            case CountScanOutcome.Refused(String message) -> Outcome.refused(message);
        };
    }

    private void choosePlace(String bin) {
        try {
            var chosen = counts.choosePlace(number, bin);
            currentBin = chosen.binCode() == null ? "" : chosen.binCode();
            showPlace();
            scan.show(Outcome.accepted("Counting " + placeLabel() + "."));
        } catch (InvalidStockInput | StockDocumentRefused e) {
            scan.show(Outcome.refused(e.getMessage()));
        }
    }

    private void typedCount() {
        errors.clear();
        if (currentBin == null) {
            FieldErrors.invalid(typedSku, "Scan the bin first.");
            return;
        }
        if (typedCount.getValue() == null) {
            FieldErrors.invalid(typedCount, "Enter the number of units.");
            return;
        }
        try {
            var line = counts.setCount(number, currentBin, typedSku.getValue(), typedCount.getValue());
            typedSku.clear();
            typedCount.clear();
            refresh();
            scan.show(Outcome.accepted(line.sku() + ": " + line.counted() + " counted in " + placeLabel() + "."));
        } catch (InvalidStockInput e) {
            errors.show(e);
        } catch (StockDocumentRefused e) {
            FieldErrors.error(e.getMessage());
        }
    }

    private void submit() {
        try {
            counts.submit(number, version);
            FieldErrors.success(number + " is waiting for review by a second person.");
            InventoryNavigation.toCounts();
        } catch (StockDocumentRefused | StockRecordChanged e) {
            scan.show(Outcome.refused(e.getMessage()));
            FieldErrors.error(e.getMessage());
            refresh();
        }
    }

    private void refresh() {
        CountSheet sheet = counts.sheet(number);
        version = sheet.version();
        title.setText(sheet.number());
        facts.setText(sheet.locationCode() + " · " + sheet.scopeText() + " · " + sheet.status().label());
        counted.setItems(sheet.counted());
        recount.setText(sheet.recountPlaces().isEmpty() ? ""
                : "Count again: " + String.join(", ", sheet.recountPlaces()));
        recount.setVisible(!sheet.recountPlaces().isEmpty());
        boolean counting = sheet.status() == CountSheetStatus.COUNTING;
        scan.setEnabled(counting);
        notPutAway.setEnabled(counting);
        setCount.setEnabled(counting);
        submit.setEnabled(counting);
        review.setVisible(sheet.status() == CountSheetStatus.SUBMITTED);
        if (!counting) {
            scan.hint(sheet.number() + " is " + sheet.status().label().toLowerCase(java.util.Locale.ROOT)
                      + ": nothing more to count.");
        }
        showPlace();
    }

    private void showPlace() {
        place.removeAll();
        if (currentBin == null) {
            place.add(new Span("Scan a bin label to start."));
            place.removeClassName("chosen");
        } else {
            var label = new Span(placeLabel());
            label.addClassName("count-place-code");
            place.add(new Span("Counting in "), label);
            place.addClassName("chosen");
        }
    }

    private String placeLabel() {
        return currentBin == null ? "" : currentBin.isEmpty() ? "stock not put away" : currentBin;
    }

    @Nullable String currentBin() {
        return currentBin;
    }
}
