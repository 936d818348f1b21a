package dev.focal.backoffice.inventory;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.inventory.InventoryAccess;
import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import dev.focal.backoffice.ui.ScanField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.backoffice.ui.ScanField.Outcome;
import dev.focal.inventory.BinLocation;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.InventoryExceptions.InsufficientStock;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.InventoryExceptions.StockNotFound;
import dev.focal.inventory.InventoryExceptions.StockRecordChanged;
import dev.focal.inventory.Locations;
import dev.focal.inventory.MovementView;
import dev.focal.inventory.Scan;
import dev.focal.inventory.StockDocumentRefused;
import dev.focal.inventory.TransferDeliveryLine;
import dev.focal.inventory.TransferDetails;
import dev.focal.inventory.TransferDispatch;
import dev.focal.inventory.TransferLine;
import dev.focal.inventory.TransferReceiving;
import dev.focal.inventory.TransferStatus;
import dev.focal.inventory.Transfers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One transfer: its lines with what was dispatched, received, damaged and short; dispatch or cancel while it
 * is requested; while it is in transit, receiving by scanning the arriving units (each scan counts one, as
 * damaged when that box is ticked; scanning a bin label chooses where they go) and closing it short.
 */
@Route(value = "transfers/:number", layout = MainLayout.class)
@PageTitle("Transfer")
@AllowedFor(InventoryAccess.STAFF)
class TransferView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final Paragraph facts = new Paragraph();
    final Grid<TransferLine> lines = new Grid<>();
    final DatePicker expected = new DatePicker("Expected arrival");
    final Button dispatch = new Button("Dispatch", VaadinIcon.TRUCK.create());
    final Button cancel = new Button("Cancel transfer", VaadinIcon.CLOSE_SMALL.create());
    final HorizontalLayout requestedActions = new HorizontalLayout();
    final VerticalLayout receiving = new VerticalLayout();
    final ScanField scan = new ScanField("Scan arriving units (or a bin label to choose where they go)");
    final Checkbox damaged = new Checkbox("Units scanned now are damaged");
    final ComboBox<String> bin = new ComboBox<>("Into bin");
    final Grid<TransferLine> delivery = new Grid<>();
    final Button book = new Button("Book receipt", VaadinIcon.CHECK.create());
    final Button closeShort = new Button("Close short…", VaadinIcon.BAN.create());
    final Grid<MovementView> movements = new Grid<>();

    /** The fields of one line in the delivery being booked. */
    static final class Arriving {
        final IntegerField good = new IntegerField();
        final IntegerField broken = new IntegerField();
        final TextField note = new TextField();

        Arriving() {
            good.setMin(0);
            good.setValue(0);
            good.setStepButtonsVisible(true);
            good.setWidth("9rem");
            broken.setMin(0);
            broken.setValue(0);
            broken.setStepButtonsVisible(true);
            broken.setWidth("9rem");
            note.setPlaceholder("What happened (damage, extra)");
        }

        int units() {
            return value(good) + value(broken);
        }

        static int value(IntegerField field) {
            return field.getValue() == null ? 0 : field.getValue();
        }
    }

    private final Transfers transfers;
    private final TransferDispatch transferDispatch;
    private final TransferReceiving transferReceiving;
    private final Inventory inventory;
    private final Locations locations;
    private final Map<UUID, Arriving> arriving = new LinkedHashMap<>();
    private TransferDetails transfer;

    TransferView(Transfers transfers, TransferDispatch transferDispatch, TransferReceiving transferReceiving,
                 Inventory inventory, Locations locations) {
        this.transfers = transfers;
        this.transferDispatch = transferDispatch;
        this.transferReceiving = transferReceiving;
        this.inventory = inventory;
        this.locations = locations;
        addClassName("warehouse-view");
        dispatch.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        dispatch.addClassName("big-button");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        book.addClassName("big-button");
        closeShort.addThemeVariants(ButtonVariant.LUMO_LARGE);
        bin.setAllowCustomValue(true);
        bin.setClearButtonVisible(true);
        bin.setPlaceholder("Not put away");
        bin.addCustomValueSetListener(e -> bin.setValue(e.getDetail().strip().toUpperCase(Locale.ROOT)));
        bin.addClassName("big-field");
        damaged.addClassName("big-field");

        lines.addColumn(TransferLine::lineNo).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(TransferLine::sku).setHeader("SKU").setAutoWidth(true);
        lines.addColumn(TransferLine::description).setHeader("Product").setFlexGrow(1);
        lines.addColumn(l -> l.binCode() == null && l.lot().isEmpty() ? "FEFO"
                : (l.binCode() == null ? "" : l.binCode() + " ") + (l.lot().isEmpty() ? "" : "lot " + l.lot()))
                .setHeader("From").setAutoWidth(true);
        lines.addColumn(TransferLine::quantity).setHeader("Asked").setAutoWidth(true);
        lines.addColumn(TransferLine::dispatched).setHeader("Sent").setAutoWidth(true);
        lines.addColumn(TransferLine::received).setHeader("Received").setAutoWidth(true);
        lines.addColumn(TransferLine::damaged).setHeader("Damaged").setAutoWidth(true);
        lines.addColumn(TransferLine::shortQuantity).setHeader("Short").setAutoWidth(true);
        lines.addColumn(TransferLine::outstanding).setHeader("In transit").setAutoWidth(true);
        lines.addColumn(TransferView::discrepancies).setHeader("Discrepancies").setFlexGrow(1);
        lines.setAllRowsVisible(true);

        delivery.addColumn(TransferLine::sku).setHeader("SKU").setAutoWidth(true);
        delivery.addColumn(TransferLine::outstanding).setHeader("In transit").setAutoWidth(true);
        delivery.addComponentColumn(l -> arriving(l).good).setHeader("Arrived").setAutoWidth(true);
        delivery.addComponentColumn(l -> arriving(l).broken).setHeader("Damaged").setAutoWidth(true);
        delivery.addComponentColumn(l -> arriving(l).note).setHeader("Note").setFlexGrow(1);
        delivery.setAllRowsVisible(true);

        movements.addColumn(m -> Formats.dateTime(m.occurredAt())).setHeader("When").setAutoWidth(true);
        movements.addColumn(m -> m.kind().label()).setHeader("Kind").setAutoWidth(true);
        movements.addColumn(MovementView::sku).setHeader("SKU").setAutoWidth(true);
        movements.addColumn(m -> m.binCode() == null ? m.locationCode() : m.binCode()).setHeader("Place").setAutoWidth(true);
        movements.addColumn(m -> Formats.orDash(m.lot())).setHeader("Lot").setAutoWidth(true);
        movements.addColumn(m -> Formats.signed(m.quantity())).setHeader("Qty").setAutoWidth(true);
        movements.addColumn(MovementView::actor).setHeader("By").setFlexGrow(1);
        movements.setAllRowsVisible(true);

        scan.onScan(this::scanned);
        dispatch.addClickListener(e -> dispatch());
        cancel.addClickListener(e -> act(() -> transferDispatch.cancel(transfer.number(), transfer.version()),
                "Transfer cancelled."));
        book.addClickListener(e -> book());
        closeShort.addClickListener(e -> closeShortDialog().open());

        requestedActions.add(expected, dispatch, cancel);
        requestedActions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var receiveHead = new HorizontalLayout(bin, damaged);
        receiveHead.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        receiving.setPadding(false);
        receiving.add(new H3("Receive"), scan, receiveHead, delivery, new HorizontalLayout(book, closeShort));
        add(new HorizontalLayout(title, facts), lines, requestedActions, receiving, new H3("Movements"), movements);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String number = event.getRouteParameters().get("number").orElse("");
        try {
            show(transfers.get(number));
        } catch (StockNotFound e) {
            FieldErrors.error(e.getMessage());
            event.forwardTo(TransfersView.class);
        }
    }

    private void show(TransferDetails details) {
        transfer = details;
        title.setText(details.number());
        facts.setText(details.fromLocation() + " → " + details.toLocation() + " · " + details.status().label()
                + (details.expectedOn() == null ? "" : " · expected " + Formats.date(details.expectedOn()))
                + " · requested by " + details.createdBy()
                + (details.dispatchedBy() == null ? "" : " · dispatched by " + details.dispatchedBy() + " "
                   + Formats.dateTime(details.dispatchedAt()))
                + (details.note() == null ? "" : " · " + details.note()));
        lines.setItems(details.lines());
        boolean keeper = InventoryNavigation.keepsStock();
        requestedActions.setVisible(keeper && details.status() == TransferStatus.REQUESTED);
        expected.setValue(details.expectedOn());
        receiving.setVisible(keeper && details.status().inTransit());
        arriving.clear();
        delivery.setItems(details.lines().stream().filter(l -> l.dispatched() > 0).toList());
        if (receiving.isVisible()) {
            bin.setItems(locations.bins(details.toLocation()).stream().filter(BinLocation::active)
                    .map(BinLocation::code).toList());
            scan.hint("Scan each arriving unit.");
        }
        movements.setItems(inventory.movementsOf(Transfers.SOURCE, details.number()));
    }

    Arriving arriving(TransferLine line) {
        return arriving.computeIfAbsent(line.id(), id -> new Arriving());
    }

    Outcome scanned(String code) {
        Scan found = inventory.identify(code);
        if (found instanceof Scan.OfBin(String scanned, BinLocation place)) {
            if (!place.locationCode().equals(transfer.toLocation())) {
                return Outcome.refused("Bin " + place.code() + " is not at " + transfer.toLocation() + ".");
            }
            bin.setValue(place.code());
            return Outcome.accepted("Units go into " + place.code() + ".");
        }
        if (!(found instanceof Scan.OfSku(String scanned, var facts))) {
            return Outcome.refused("Unknown barcode " + code + ": not a SKU or bin in Focal.");
        }
        List<TransferLine> candidates = transfer.lines().stream().filter(l -> l.sku().equals(facts.sku())
                && l.dispatched() > 0).toList();
        if (candidates.isEmpty()) {
            return Outcome.refused(facts.sku() + " is not on " + transfer.number() + ": put it aside.");
        }
        TransferLine line = candidates.stream().filter(l -> arriving(l).units() < l.outstanding()).findFirst()
                .orElse(candidates.getLast());
        Arriving in = arriving(line);
        IntegerField field = damaged.getValue() ? in.broken : in.good;
        field.setValue(Arriving.value(field) + 1);
        String text = facts.sku() + ": " + Arriving.value(in.good) + " arrived"
                + (Arriving.value(in.broken) > 0 ? ", " + Arriving.value(in.broken) + " damaged" : "") + " of "
                + line.outstanding() + " in transit.";
        if (in.units() > line.outstanding()) {
            return Outcome.warning(text + " More than was sent: add a note.");
        }
        return damaged.getValue() ? Outcome.warning(text + " Add a note about the damage.") : Outcome.accepted(text);
    }

    private void dispatch() {
        act(() -> transferDispatch.dispatch(transfer.number(), transfer.version(), expected.getValue()),
                "Dispatched: the stock left " + transfer.fromLocation() + " and is in transit.");
    }

    private void book() {
        arriving.values().forEach(a -> {
            a.good.setInvalid(false);
            a.broken.setInvalid(false);
            a.note.setInvalid(false);
        });
        bin.setInvalid(false);
        List<UUID> ids = new ArrayList<>();
        List<TransferDeliveryLine> received = new ArrayList<>();
        arriving.forEach((id, a) -> {
            if (a.units() > 0) {
                ids.add(id);
                received.add(new TransferDeliveryLine(id, Arriving.value(a.good), Arriving.value(a.broken), a.note.getValue()));
            }
        });
        try {
            TransferDetails after = transferReceiving.receive(transfer.number(), transfer.version(), bin.getValue(), received);
            FieldErrors.success(after.status() == TransferStatus.RECEIVED ? transfer.number() + " received in full."
                    : "Receipt booked; " + after.outstanding() + " units still in transit.");
            show(after);
            scan.show(Outcome.accepted("Receipt booked."));
        } catch (InvalidStockInput e) {
            var field = e.field();
            if (field.equals("binCode")) {
                FieldErrors.invalid(bin, e.getMessage());
            } else if (field.startsWith("lines[")) {
                int index = Integer.parseInt(field.substring(6, field.indexOf(']')));
                Arriving a = arriving.get(ids.get(index));
                var target = field.endsWith("note") ? a.note : field.endsWith("damaged") ? a.broken : a.good;
                FieldErrors.invalid(target, e.getMessage());
            } else {
                scan.show(Outcome.refused(e.getMessage()));
            }
        } catch (StockDocumentRefused | StockRecordChanged e) {
            FieldErrors.error(e.getMessage());
            show(transfers.get(transfer.number()));
        }
    }

    private Dialog closeShortDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Close " + transfer.number() + " short");
        var note = new TextArea("What happened to the " + transfer.outstanding() + " units still in transit?");
        note.setWidthFull();
        var confirm = new Button("Close short", e -> {
            try {
                show(transferReceiving.closeShort(transfer.number(), transfer.version(), note.getValue()));
                dialog.close();
                FieldErrors.success(transfer.number() + " closed; the missing units are recorded short.");
            } catch (InvalidStockInput ex) {
                FieldErrors.invalid(note, ex.getMessage());
            } catch (StockDocumentRefused | StockRecordChanged ex) {
                dialog.close();
                FieldErrors.error(ex.getMessage());
                show(transfers.get(transfer.number()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(note);
        dialog.getFooter().add(new Button("Back", e -> dialog.close()), confirm);
        scan.refocusAfter(dialog);
        return dialog;
    }

    private void act(java.util.function.Supplier<TransferDetails> action, String success) {
        try {
            show(action.get());
            FieldErrors.success(success);
        } catch (InvalidStockInput e) {
            if (e.field().equals("expectedOn")) {
                FieldErrors.invalid(expected, e.getMessage());
            } else {
                FieldErrors.error(e.getMessage());
            }
        } catch (InsufficientStock | StockDocumentRefused | StockRecordChanged e) {
            FieldErrors.error(e.getMessage());
            show(transfers.get(transfer.number()));
        }
    }

    private static String discrepancies(TransferLine line) {
        return line.discrepancies().stream()
                .map(d -> d.kind().label() + " " + d.quantity() + ": " + d.note())
                .collect(Collectors.joining("; "));
    }
}
