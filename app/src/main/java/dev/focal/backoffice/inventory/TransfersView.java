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
import dev.focal.backoffice.ui.Toolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.backoffice.ui.ScanField.Outcome;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.inventory.Scan;
import dev.focal.inventory.TransferDispatch;
import dev.focal.inventory.TransferDraft;
import dev.focal.inventory.TransferDraftLine;
import dev.focal.inventory.TransferFilter;
import dev.focal.inventory.TransferStatus;
import dev.focal.inventory.TransferSummary;
import dev.focal.inventory.Transfers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Transfers between locations: the list with filters, and a new transfer whose lines are scanned or typed
 * (each scan of a SKU adds one). Warehouse staff and admins create; every staff member reads.
 */
@Route(value = "transfers", layout = MainLayout.class)
@PageTitle("Transfers")
@Menu(title = "Transfers", order = 3, icon = "vaadin:truck")
@MenuArea(Area.INVENTORY)
@AllowedFor(InventoryAccess.STAFF)
class TransfersView extends VerticalLayout {

    final TextField search = new TextField();
    final Select<@Nullable TransferStatus> status = new Select<>();
    final ComboBox<Location> location = new ComboBox<>();
    final Button create = new Button("New transfer", VaadinIcon.PLUS.create());
    final Grid<TransferSummary> grid = new Grid<>();

    private final Transfers transfers;
    private final TransferDispatch dispatch;
    private final Locations locations;
    private final Inventory inventory;

    TransfersView(Transfers transfers, TransferDispatch dispatch, Locations locations, Inventory inventory) {
        this.transfers = transfers;
        this.dispatch = dispatch;
        this.locations = locations;
        this.inventory = inventory;
        addClassName("warehouse-view");
        search.setPlaceholder("Transfer number or SKU");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        status.setItems(TransferStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        location.setPlaceholder("Any location");
        location.setItems(locations.all());
        location.setItemLabelGenerator(Location::label);
        location.setClearButtonVisible(true);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        create.setVisible(InventoryNavigation.keepsStock());

        grid.addColumn(TransferSummary::number).setHeader("Transfer").setAutoWidth(true);
        grid.addColumn(s -> s.fromLocation() + " → " + s.toLocation()).setHeader("From → to").setAutoWidth(true);
        grid.addComponentColumn(s -> badge(s.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(s -> s.lines() + " lines, " + s.units() + " units").setHeader("Contents").setAutoWidth(true);
        grid.addColumn(s -> Formats.date(s.expectedOn())).setHeader("Expected").setAutoWidth(true);
        grid.addColumn(TransferSummary::createdBy).setHeader("By").setAutoWidth(true);
        grid.addColumn(s -> Formats.dateTime(s.createdAt())).setHeader("Created").setFlexGrow(1);
        grid.setItemsPageable(page -> transfers.find(filter(), page), page -> transfers.count(filter()));

        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        location.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        create.addClickListener(e -> new NewTransferDialog().open());
        grid.addItemClickListener(e -> InventoryNavigation.toTransfer(e.getItem().number()));

        setSizeFull();
        add(Toolbar.of(search, status, location, create), grid);
    }

    private TransferFilter filter() {
        return new TransferFilter(status.getValue(), location.getValue() == null ? null : location.getValue().code(),
                search.getValue());
    }

    static Span badge(TransferStatus status) {
        String theme = switch (status) {
            case REQUESTED -> "";
            case DISPATCHED, PARTIALLY_RECEIVED -> "contrast";
            case RECEIVED -> "success";
            case CLOSED, CANCELLED -> "error";
        };
        return Formats.badge(status.label(), theme);
    }

    /** One line of the transfer being put together. */
    static final class DraftRow {
        final String sku;
        final String description;
        int quantity;

        DraftRow(String sku, String description, int quantity) {
            this.sku = sku;
            this.description = description;
            this.quantity = quantity;
        }
    }

    /** A new transfer: from, to, when, and lines scanned (each scan adds one) or typed with a quantity. */
    final class NewTransferDialog extends Dialog {

        final ComboBox<Location> from = new ComboBox<>("From");
        final ComboBox<Location> to = new ComboBox<>("To");
        final DatePicker expected = new DatePicker("Expected arrival");
        final TextField note = new TextField("Note");
        final ScanField scan = new ScanField("Scan SKUs (each scan adds one)");
        final TextField sku = new TextField("SKU or barcode");
        final IntegerField quantity = new IntegerField("Quantity");
        final Button addLine = new Button("Add", VaadinIcon.PLUS.create());
        final Grid<DraftRow> lines = new Grid<>();
        final Button save = new Button("Request transfer");
        final List<DraftRow> rows = new ArrayList<>();
        private final FieldErrors errors = new FieldErrors();

        NewTransferDialog() {
            setHeaderTitle("New transfer");
            setWidth("min(60rem, 95vw)");
            from.setItems(locations.active());
            from.setItemLabelGenerator(Location::label);
            to.setItems(locations.active());
            to.setItemLabelGenerator(Location::label);
            expected.setMin(LocalDate.now());
            quantity.setMin(1);
            quantity.setValue(1);
            quantity.setStepButtonsVisible(true);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            lines.addColumn(r -> r.sku).setHeader("SKU").setAutoWidth(true);
            lines.addColumn(r -> r.description).setHeader("Product").setFlexGrow(1);
            lines.addComponentColumn(this::quantityOf).setHeader("Quantity").setAutoWidth(true);
            lines.addComponentColumn(r -> new Button(VaadinIcon.TRASH.create(), e -> {
                rows.remove(r);
                lines.setItems(rows);
            })).setAutoWidth(true);
            lines.setAllRowsVisible(true);
            errors.bind("fromLocation", from).bind("toLocation", to).bind("expectedOn", expected).bind("note", note)
                    .bind("lines", sku);

            scan.onScan(code -> add(code, 1));
            addLine.addClickListener(e -> {
                errors.clear();
                Outcome outcome = add(sku.getValue(), quantity.getValue() == null ? 0 : quantity.getValue());
                if (outcome.kind() == ScanField.Kind.REFUSED) {
                    FieldErrors.invalid(sku, outcome.message());
                } else {
                    sku.clear();
                    quantity.setValue(1);
                }
            });
            save.addClickListener(e -> save());

            var form = new FormLayout(from, to, expected, note);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
            var typed = Toolbar.of(sku, quantity, addLine);
            add(form, scan, typed, lines);
            getFooter().add(new Button("Cancel", e -> close()), save);
        }

        private IntegerField quantityOf(DraftRow row) {
            var field = new IntegerField();
            field.setMin(1);
            field.setValue(row.quantity);
            field.setStepButtonsVisible(true);
            field.addValueChangeListener(e -> row.quantity = e.getValue() == null ? 0 : e.getValue());
            return field;
        }

        Outcome add(String code, int units) {
            if (units < 1) {
                return Outcome.refused("Enter a quantity of 1 or more.");
            }
            Scan found = inventory.identify(code);
            if (!(found instanceof Scan.OfSku(String scanned, var facts))) {
                return Outcome.refused(found instanceof Scan.OfBin ? code + " is a bin: scan the SKU."
                        : "Unknown barcode " + code.strip() + ".");
            }
            var row = rows.stream().filter(r -> r.sku.equals(facts.sku())).findFirst().orElse(null);
            if (row == null) {
                row = new DraftRow(facts.sku(), facts.description(), 0);
                rows.add(row);
            }
            row.quantity += units;
            lines.setItems(rows);
            return Outcome.accepted(facts.sku() + ": " + row.quantity);
        }

        void save() {
            errors.clear();
            try {
                String number = dispatch.create(new TransferDraft(
                        from.getValue() == null ? "" : from.getValue().code(),
                        to.getValue() == null ? "" : to.getValue().code(), expected.getValue(), note.getValue(),
                        rows.stream().map(r -> new TransferDraftLine(r.sku, r.quantity, null, null)).toList()));
                close();
                FieldErrors.success("Transfer " + number + " requested.");
                InventoryNavigation.toTransfer(number);
            } catch (InvalidStockInput e) {
                errors.show(e.field().startsWith("lines") ? "lines" : e.field(), e.getMessage());
            }
        }
    }
}
