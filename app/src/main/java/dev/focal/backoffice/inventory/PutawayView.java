package dev.focal.backoffice.inventory;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.inventory.InventoryAccess;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import dev.focal.backoffice.ui.ScanField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import dev.focal.backoffice.ui.ScanField.Outcome;
import dev.focal.catalog.SkuFacts;
import dev.focal.inventory.BinLocation;
import dev.focal.inventory.BinStock;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.InventoryExceptions.InsufficientStock;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.inventory.Scan;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Putaway on a tablet: choose the location (remembered for the session, WH1 at first), scan the SKU (its
 * unplaced and binned stock shows), scan the bin it goes into, check the quantity (all of the source at first)
 * and confirm. What was put away this session stays listed below.
 */
@Route(value = "stock/putaway", layout = MainLayout.class)
@PageTitle("Putaway")
@Menu(title = "Putaway", order = 2, icon = "vaadin:inbox")
@MenuArea(Area.WAREHOUSE)
@AllowedFor(InventoryAccess.STOCK_KEEPERS)
class PutawayView extends VerticalLayout implements BeforeEnterObserver {

    private static final String SESSION_LOCATION = PutawayView.class.getName() + ".location";
    private static final String SESSION_DONE = PutawayView.class.getName() + ".done";

    /** One putaway done in this session, for the running list. */
    record Done(Instant at, String sku, String description, int quantity, String from, String to, String lot)
            implements Serializable {
    }

    final ComboBox<Location> location = new ComboBox<>("Location");
    final ScanField scan = new ScanField("Scan the SKU, then the bin");
    final Div current = new Div();
    final Select<BinStock> source = new Select<>();
    final ComboBox<String> target = new ComboBox<>("Into bin");
    final IntegerField quantity = new IntegerField("Quantity");
    final Button confirm = new Button("Put away", VaadinIcon.CHECK.create());
    final Button cancel = new Button("Start over", VaadinIcon.CLOSE_SMALL.create());
    final Grid<Done> done = new Grid<>();

    private final Inventory inventory;
    private final Locations locations;
    private final Clock clock;
    private final FieldErrors errors = new FieldErrors();
    private @Nullable SkuFacts sku;

    PutawayView(Inventory inventory, Locations locations, Clock clock) {
        this.inventory = inventory;
        this.locations = locations;
        this.clock = clock;
        addClassName("warehouse-view");

        location.setItems(locations.active());
        location.setItemLabelGenerator(Location::label);
        location.addClassName("big-field");
        source.setLabel("From");
        source.setItemLabelGenerator(PutawayView::sourceLabel);
        source.addClassName("big-field");
        target.setAllowCustomValue(true);
        target.addCustomValueSetListener(e -> target.setValue(e.getDetail().strip().toUpperCase(Locale.ROOT)));
        target.setPlaceholder("Scan the bin label");
        target.addClassName("big-field");
        quantity.setStepButtonsVisible(true);
        quantity.setMin(1);
        quantity.addClassName("big-field");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        confirm.addClassName("big-button");
        cancel.addThemeVariants(ButtonVariant.LUMO_LARGE);
        cancel.addClassName("big-button");
        current.addClassName("putaway-current");

        done.addColumn(d -> Formats.dateTime(d.at())).setHeader("When").setAutoWidth(true);
        done.addColumn(Formats.skuCell(Done::sku, Done::description)).setHeader("SKU · product")
                .setFlexGrow(1);
        done.addColumn(Done::quantity).setHeader("Qty").setAutoWidth(true);
        done.addColumn(d -> d.from() + " → " + d.to()).setHeader("From → to").setAutoWidth(true);
        done.addColumn(d -> Formats.orDash(d.lot())).setHeader("Lot").setAutoWidth(true);
        done.setAllRowsVisible(true);
        done.setEmptyStateText("Nothing put away yet in this session.");

        errors.bind("toBin", target).bind("bin", target).bind("quantity", quantity).bind("lot", source)
                .bind("location", location);

        location.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(SESSION_LOCATION, e.getValue().code());
                target.setItems(locations.bins(e.getValue().code()).stream().filter(BinLocation::active)
                        .map(BinLocation::code).toList());
            }
            if (sku != null) {
                choose(sku);
            }
            scan.focus();
        });
        source.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                quantity.setValue(e.getValue().onHand());
            }
        });
        scan.onScan(this::scanned);
        confirm.addClickListener(e -> confirm());
        cancel.addClickListener(e -> reset());

        var fields = new HorizontalLayout(source, target, quantity);
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        fields.setWidthFull();
        fields.addClassName("putaway-fields");
        var buttons = new HorizontalLayout(confirm, cancel);
        var step = new VerticalLayout(current, fields, buttons);
        step.setPadding(false);
        step.addClassName("putaway-step");
        location.setWidth("15rem");
        var scanning = new HorizontalLayout(scan, location);
        scanning.setWidthFull();
        scanning.expand(scan);
        add(scanning, step, new H3("Put away in this session"), done);
        setWidthFull();

        String remembered = (String) VaadinSession.getCurrent().getAttribute(SESSION_LOCATION);
        String start = remembered == null ? InventoryNavigation.DEFAULT_LOCATION : remembered;
        locations.active().stream().filter(l -> l.code().equals(start)).findFirst()
                .or(() -> locations.active().stream().findFirst()).ifPresent(location::setValue);
        done.setItems(doneList());
        reset();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(InventoryNavigation.SKU)
                .filter(code -> !code.isBlank()).ifPresent(scan::scan);
    }

    private Outcome scanned(String code) {
        Location at = location.getValue();
        if (at == null) {
            return Outcome.refused("Choose the location first.");
        }
        return switch (inventory.identify(code)) {
            case Scan.OfSku found -> {
                choose(found.sku());
                var waiting = source.getListDataView().getItems().filter(b -> b.binCode() == null)
                        .mapToInt(BinStock::onHand).sum();
                yield waiting > 0
                        ? Outcome.accepted(found.sku().sku() + ": " + waiting + " waiting to be put away. Now scan the bin.")
                        : Outcome.warning(found.sku().sku() + ": nothing unplaced at " + at.code()
                        + ". Choose a bin to move from, or scan another SKU.");
            }
            case Scan.OfBin found -> {
                if (sku == null) {
                    yield Outcome.refused("Scan the SKU first, then the bin it goes into.");
                }
                if (!found.bin().locationCode().equals(at.code())) {
                    yield Outcome.refused("Bin " + found.bin().code() + " is not at " + at.code() + ".");
                }
                if (!found.bin().active()) {
                    yield Outcome.refused("Bin " + found.bin().code() + " is closed.");
                }
                target.setValue(found.bin().code());
                target.setInvalid(false);
                yield Outcome.accepted("Into " + found.bin().code() + ": check the quantity and press Put away.");
            }
            case Scan.Unknown unknown -> Outcome.refused("Unknown code " + unknown.scanned()
                    + ": no SKU, barcode or bin.");
        };
    }

    private void choose(SkuFacts chosen) {
        sku = chosen;
        Location at = Objects.requireNonNull(location.getValue());
        List<BinStock> here = inventory.placesOf(chosen.sku()).stream()
                .filter(b -> b.locationCode().equals(at.code())).toList();
        current.removeAll();
        var title = new H2(chosen.sku());
        var description = new Span(chosen.description());
        description.addClassName("lookup-description");
        var heading = new HorizontalLayout(title, description);
        heading.setAlignItems(Alignment.BASELINE);
        heading.addClassName("lookup-heading");
        int unplaced = here.stream().filter(b -> b.binCode() == null).mapToInt(BinStock::onHand).sum();
        int binned = here.stream().filter(b -> b.binCode() != null).mapToInt(BinStock::onHand).sum();
        var waiting = new Span(String.valueOf(unplaced));
        waiting.addClassName("figure-value");
        var inBins = new Span(String.valueOf(binned));
        inBins.addClassName("figure-value");
        var figures = new Div(new Span("Waiting to be put away "), waiting, new Span(" · in bins "), inBins);
        figures.addClassName("putaway-figures");
        if (unplaced == 0) {
            figures.addClassName("none-waiting");
        }
        current.add(heading, figures);
        if (binned > 0) {
            var where = new Span(String.join(", ", here.stream().filter(b -> b.binCode() != null)
                    .map(b -> b.binCode() + " × " + b.onHand() + (b.lot().isEmpty() ? "" : " (lot " + b.lot() + ")"))
                    .toList()));
            where.addClassName("lookup-description");
            figures.add(new Span(": "), where);
        }
        source.setItems(here);
        source.setEnabled(!here.isEmpty());
        here.stream().filter(b -> b.binCode() == null).findFirst().or(() -> here.stream().findFirst())
                .ifPresentOrElse(source::setValue, () -> source.setValue(null));
        target.clear();
        target.setEnabled(true);
        quantity.setEnabled(!here.isEmpty());
        confirm.setEnabled(!here.isEmpty());
        errors.clear();
    }

    void confirm() {
        errors.clear();
        Location at = location.getValue();
        BinStock from = source.getValue();
        if (sku == null || at == null) {
            scan.show(Outcome.refused("Scan the SKU first."));
            return;
        }
        if (from == null) {
            FieldErrors.invalid(source, "There is nothing of " + sku.sku() + " at " + at.code() + " to put away.");
            scan.show(Outcome.refused("Nothing to put away."));
            return;
        }
        if (quantity.getValue() == null) {
            FieldErrors.invalid(quantity, "Enter how many go into the bin.");
            scan.show(Outcome.refused("Enter the quantity."));
            return;
        }
        String to = target.getValue();
        if (to == null || to.isBlank()) {
            FieldErrors.invalid(target, "Scan or choose the bin the stock goes into.");
            scan.show(Outcome.refused("Scan the bin."));
            return;
        }
        try {
            inventory.putAway(sku.sku(), at.code(), from.binCode(), to, quantity.getValue(), from.lot());
        } catch (InvalidStockInput invalid) {
            errors.show(invalid);
            scan.show(Outcome.refused(invalid.getMessage()));
            return;
        } catch (InsufficientStock short_) {
            FieldErrors.invalid(quantity, short_.getMessage());
            scan.show(Outcome.refused(short_.getMessage()));
            return;
        }
        String toCode = to.contains("/") ? to : at.code() + "/" + to;
        var entry = new Done(clock.instant(), sku.sku(), sku.description(), quantity.getValue(),
                from.binCode() == null ? "unplaced" : from.binCode(), toCode.toUpperCase(Locale.ROOT),
                from.lot());
        List<Done> list = doneList();
        list.addFirst(entry);
        done.setItems(list);
        String message = entry.quantity() + " × " + entry.sku() + " put away into " + entry.to() + ".";
        reset();
        scan.show(Outcome.accepted(message));
    }

    void reset() {
        sku = null;
        current.removeAll();
        var hint = new Paragraph("Scan the SKU to put away.");
        hint.addClassName("hint");
        current.add(hint);
        source.setItems(List.of());
        source.setEnabled(false);
        target.clear();
        target.setEnabled(false);
        quantity.clear();
        quantity.setEnabled(false);
        confirm.setEnabled(false);
        errors.clear();
        source.setInvalid(false);
        scan.hint("Scan the SKU first, then the bin it goes into.");
        scan.focus();
    }

    @SuppressWarnings("unchecked")
    private static List<Done> doneList() {
        var session = VaadinSession.getCurrent();
        var list = (List<Done>) session.getAttribute(SESSION_DONE);
        if (list == null) {
            list = new ArrayList<>();
            session.setAttribute(SESSION_DONE, list);
        }
        return list;
    }

    private static String sourceLabel(BinStock b) {
        return (b.binCode() == null ? "Not put away" : b.binCode()) + (b.lot().isEmpty() ? "" : " · lot " + b.lot())
                + (b.expiresOn() == null ? "" : " · exp. " + Formats.date(b.expiresOn())) + " · " + b.onHand();
    }
}
