package dev.focal.backoffice.procurement;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.procurement.ProcurementAccess;
import dev.focal.backoffice.ui.FieldErrors;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import dev.focal.backoffice.ui.ScanField;
import dev.focal.backoffice.inventory.InventoryNavigation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import dev.focal.backoffice.ui.ScanField.Outcome;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.SkuFacts;
import dev.focal.inventory.BinLocation;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.inventory.Scan;
import dev.focal.procurement.ProcurementExceptions.InvalidPurchaseInput;
import dev.focal.procurement.ProcurementExceptions.PurchaseActionRefused;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordNotFound;
import dev.focal.procurement.PurchaseOrderDetails;
import dev.focal.procurement.PurchaseOrderLine;
import dev.focal.procurement.PurchaseOrderNumber;
import dev.focal.procurement.PurchaseOrderSummary;
import dev.focal.procurement.ReceiptDraft;
import dev.focal.procurement.ReceiptLineDraft;
import dev.focal.procurement.ReceiptView;
import dev.focal.procurement.Receiving;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Receiving a delivery against a purchase order by scanning, on a tablet: choose the location, pick an open PO
 * (or scan its number), then scan the units. Each scan of a SKU barcode counts the units-per-scan (1, or a box
 * count typed in) on its PO line; an unknown barcode or a SKU not on the PO is refused and counts nothing;
 * counting beyond what is outstanding warns (the supplier's tolerance is enforced when posting). Per line:
 * damaged units, lot and expiry (contact lenses need them), an optional bin (or scan the bin label after the
 * item), and further lots. Earlier deliveries of the PO are listed. "Post receipt"
 * books it; problems are shown on their line and nothing is booked.
 */
@Route(value = "receiving", layout = MainLayout.class)
@PageTitle("Receiving")
@Menu(title = "Receiving", order = 1, icon = "vaadin:package")
@MenuArea(Area.WAREHOUSE)
@AllowedFor(ProcurementAccess.RECEIVERS)
class ReceivingView extends VerticalLayout implements BeforeLeaveObserver {

    private static final String SESSION_LOCATION = ReceivingView.class.getName() + ".location";
    private static final Pattern LINE_FIELD = Pattern.compile("^lines\\[(\\d+)]\\.(\\w+)$");

    final ComboBox<Location> location = new ComboBox<>("Location");
    final ComboBox<PurchaseOrderSummary> purchaseOrder = new ComboBox<>("Purchase order");
    final ScanField scan = new ScanField("Scan the PO number, then each unit");
    final IntegerField perScan = new IntegerField("Units per scan");
    final Div header = new Div();
    final VerticalLayout rows = new VerticalLayout();
    final TextField note = new TextField("Delivery note");
    final Button post = new Button("Post receipt", VaadinIcon.CHECK.create());
    final Button clear = new Button("Clear counts", VaadinIcon.ERASER.create());
    final Div lastReceipt = new Div();

    private final Receiving receiving;
    private final Inventory inventory;
    private final Locations locations;
    private final Catalog catalog;
    private final List<ReceivingRow> lines = new ArrayList<>();
    private @Nullable PurchaseOrderDetails po;
    /** The row the last scan counted on: a bin scanned next is where its units go. */
    private @Nullable ReceivingRow lastCounted;
    private List<String> bins = List.of();

    ReceivingView(Receiving receiving, Inventory inventory, Locations locations, Catalog catalog) {
        this.receiving = receiving;
        this.inventory = inventory;
        this.locations = locations;
        this.catalog = catalog;
        addClassName("warehouse-view");

        location.setItems(locations.active());
        location.setItemLabelGenerator(Location::label);
        location.addClassName("big-field");
        purchaseOrder.setItemLabelGenerator(ReceivingView::label);
        purchaseOrder.setPlaceholder("Choose or scan");
        purchaseOrder.setClearButtonVisible(true);
        purchaseOrder.addClassName("big-field");
        location.setWidth("15rem");
        perScan.setValue(1);
        perScan.setMin(1);
        perScan.setMax(10_000);
        perScan.setStepButtonsVisible(true);
        perScan.setHelperText("For a box: its count, then scan once.");
        perScan.addClassName("big-field");
        perScan.setWidth("10rem");
        rows.setPadding(false);
        rows.setSpacing(false);
        rows.addClassName("receiving-rows");
        note.setMaxLength(500);
        note.setWidthFull();
        note.setPlaceholder("Delivery note number, carrier, remarks");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        post.addClassName("big-button");
        clear.addThemeVariants(ButtonVariant.LUMO_LARGE);
        clear.addClassName("big-button");
        lastReceipt.addClassName("receipt-banner");
        lastReceipt.setVisible(false);
        header.addClassName("receiving-header");

        location.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(SESSION_LOCATION, e.getValue().code());
                bins = locations.bins(e.getValue().code()).stream().filter(BinLocation::active).map(BinLocation::code)
                        .toList();
            }
            reloadPurchaseOrders();
        });
        purchaseOrder.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() == null) {
                open(e.getValue() == null ? null : e.getValue().number());
            }
        });
        scan.onScan(this::scanned);
        post.addClickListener(e -> post());
        clear.addClickListener(e -> {
            lines.forEach(ReceivingRow::reset);
            lastCounted = null;
            recount();
            scan.hint("Counts cleared.");
            scan.focus();
        });

        var top = new HorizontalLayout(location, purchaseOrder);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        top.setWidthFull();
        top.expand(purchaseOrder);
        var scanning = new HorizontalLayout(scan, perScan);
        scanning.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        scanning.setWidthFull();
        scanning.expand(scan);
        scanning.addClassName("scan-bar");
        var actions = new HorizontalLayout(post, clear);
        setWidthFull();
        add(lastReceipt, top, scanning, header, rows, note, actions);

        String remembered = (String) VaadinSession.getCurrent().getAttribute(SESSION_LOCATION);
        String start = remembered == null ? InventoryNavigation.DEFAULT_LOCATION : remembered;
        locations.active().stream().filter(l -> l.code().equals(start)).findFirst()
                .or(() -> locations.active().stream().findFirst()).ifPresent(location::setValue);
        open(null);
    }

    private void reloadPurchaseOrders() {
        Location at = location.getValue();
        purchaseOrder.setItems(at == null ? List.of() : receiving.openFor(at.code()));
        if (po != null && purchaseOrder.getListDataView().getItems().noneMatch(s -> s.number().equals(po.number()))) {
            open(null);
        }
    }

    /** Opens a PO for counting (null: none), dropping the counts of the one before. */
    void open(@Nullable String number) {
        lines.clear();
        rows.removeAll();
        header.removeAll();
        po = null;
        lastCounted = null;
        if (number == null) {
            purchaseOrder.clear();
            var hint = new Paragraph("Choose the purchase order of the delivery, or scan its number from the"
                    + " delivery note.");
            hint.addClassName("hint");
            header.add(hint);
            post.setEnabled(false);
            clear.setEnabled(false);
            scan.hint("Scan the PO number first.");
            scan.focus();
            return;
        }
        po = receiving.purchaseOrder(number);
        purchaseOrder.getListDataView().getItems().filter(s -> s.number().equals(po.number())).findFirst()
                .ifPresent(purchaseOrder::setValue);
        var title = new Span(po.number() + " · " + po.supplier().name());
        title.addClassName("receiving-title");
        var facts = new Span(po.status().label() + (po.expectedOn() == null ? "" : " · expected "
                + Formats.date(po.expectedOn())) + " · ordered " + po.ordered() + " · received "
                + po.received() + " · outstanding " + po.outstanding());
        facts.addClassName("lookup-description");
        header.add(title, facts);
        List<ReceiptView> earlier = receiving.receiptsOf(po.number());
        if (!earlier.isEmpty()) {
            var deliveries = new Span("Earlier deliveries: " + String.join("; ", earlier.stream()
                    .map(r -> r.number() + " on " + Formats.dateTime(r.receivedAt()) + " (" + r.quantity() + " good"
                            + (r.damaged() > 0 ? ", " + r.damaged() + " damaged" : "") + ")")
                    .toList()));
            deliveries.addClassName("receiving-earlier");
            header.add(deliveries);
        }
        for (PurchaseOrderLine line : po.lines()) {
            var row = new ReceivingRow(line, false, needsLot(line.sku()), bins, this::split, this::recount);
            lines.add(row);
            rows.add(row);
        }
        note.clear();
        post.setEnabled(true);
        clear.setEnabled(true);
        recount();
        scan.hint(po.number() + " open: scan the units.");
        scan.focus();
    }

    private Outcome scanned(String code) {
        Optional<PurchaseOrderSummary> poScanned = purchaseOrder.getListDataView().getItems()
                .filter(s -> s.number().equalsIgnoreCase(code)).findFirst();
        if (poScanned.isPresent()) {
            if (po != null && po.number().equals(poScanned.get().number())) {
                return Outcome.accepted(po.number() + " is open already.");
            }
            if (lines.stream().anyMatch(ReceivingRow::touched)) {
                return Outcome.refused("Post or clear the counts of " + po.number() + " before opening another PO.");
            }
            open(poScanned.get().number());
            return Outcome.accepted(po.number() + " · " + po.supplier().name() + ": scan the units.");
        }
        if (po == null) {
            if (PurchaseOrderNumber.looksLike(code)) {
                return Outcome.refused(code + " is not open for receiving at "
                        + (location.getValue() == null ? "this location" : location.getValue().code()) + ".");
            }
            return Outcome.refused("Choose or scan the purchase order first.");
        }
        return switch (inventory.identify(code)) {
            case Scan.OfSku found -> {
                var rowsOfSku = lines.stream().filter(r -> r.line.sku().equals(found.sku().sku())).toList();
                if (rowsOfSku.isEmpty()) {
                    yield Outcome.refused(found.sku().sku() + " (" + found.sku().description() + ") is not on "
                            + po.number() + ": set it aside and tell the buyer.");
                }
                int units = perScan.getValue() == null || perScan.getValue() < 1 ? 1 : perScan.getValue();
                lastCounted = rowsOfSku.getLast();
                lastCounted.add(units);
                // nearest: a row already in sight does not move; the scan bar stays on top (sticky).
                lastCounted.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
                perScan.setValue(1);
                PurchaseOrderLine line = rowsOfSku.getFirst().line;
                int countedOnLine = rowsOfSku.stream().mapToInt(ReceivingRow::counted).sum();
                String counted = "+" + units + " " + line.sku() + ": " + countedOnLine + " counted, "
                        + line.outstanding() + " outstanding.";
                yield countedOnLine > line.outstanding()
                        ? Outcome.warning(counted + " More than outstanding: the supplier's tolerance decides when"
                        + " you post.")
                        : Outcome.accepted(counted);
            }
            case Scan.OfBin found -> binScanned(found.bin());
            case Scan.Unknown unknown -> Outcome.refused("Unknown barcode " + unknown.scanned()
                    + ": nothing counted. Set the item aside and tell the buyer.");
        };
    }

    /** A bin scanned after an item: the units of that line go into it. */
    private Outcome binScanned(BinLocation bin) {
        Location at = location.getValue();
        if (at == null || !bin.locationCode().equals(at.code())) {
            return Outcome.refused("Bin " + bin.code() + " is not at " + (at == null ? "this location" : at.code()) + ".");
        }
        if (!bin.active()) {
            return Outcome.refused("Bin " + bin.code() + " is closed.");
        }
        if (lastCounted == null) {
            return Outcome.refused("Scan an item first; a bin scanned after it is where its units go.");
        }
        lastCounted.bin.setValue(bin.code());
        return Outcome.accepted(lastCounted.line.sku() + " goes into " + bin.code() + ".");
    }

    private boolean needsLot(String sku) {
        return catalog.findBySkuForStaff(sku).map(SkuFacts::needsLot).orElse(false);
    }

    private void split(ReceivingRow after) {
        var row = new ReceivingRow(after.line, true, after.needsLot, bins, this::split, this::recount);
        int index = lines.indexOf(after) + 1;
        while (index < lines.size() && lines.get(index).line.id().equals(after.line.id())) {
            index++;
        }
        lines.add(index, row);
        rows.addComponentAtIndex(index, row);
        lastCounted = row;
        scan.hint("Scans of " + after.line.sku() + " now count on the new lot.");
        scan.focus();
    }

    private void recount() {
        for (ReceivingRow row : lines) {
            int onLine = lines.stream().filter(r -> r.line.id().equals(row.line.id())).mapToInt(ReceivingRow::counted)
                    .sum();
            row.update(onLine);
        }
    }

    void post() {
        lines.forEach(ReceivingRow::clearError);
        location.setInvalid(false);
        note.setInvalid(false);
        if (po == null) {
            scan.show(Outcome.refused("Choose the purchase order first."));
            return;
        }
        List<ReceivingRow> posted = lines.stream().filter(ReceivingRow::touched).toList();
        if (posted.isEmpty()) {
            scan.show(Outcome.refused("Nothing counted yet: scan the units first."));
            return;
        }
        List<ReceiptLineDraft> drafts = posted.stream().map(ReceivingRow::draft).toList();
        Location at = location.getValue();
        ReceiptView receipt;
        try {
            receipt = receiving.receive(new ReceiptDraft(po.number(), at == null ? "" : at.code(), note.getValue(),
                    drafts));
        } catch (InvalidPurchaseInput invalid) {
            showProblem(invalid.field(), invalid.getMessage(), posted);
            scan.show(Outcome.refused(invalid.getMessage()));
            return;
        } catch (PurchaseActionRefused | PurchaseRecordNotFound refused) {
            FieldErrors.error(refused.getMessage());
            scan.show(Outcome.refused(refused.getMessage()));
            reloadPurchaseOrders();
            return;
        }
        lastReceipt.removeAll();
        lastReceipt.add(new Span("Receipt " + receipt.number() + " posted for " + receipt.poNumber() + ": "
                + receipt.quantity() + " good" + (receipt.damaged() > 0 ? ", " + receipt.damaged() + " damaged" : "")
                + " unit" + (receipt.quantity() + receipt.damaged() == 1 ? "" : "s") + "."));
        lastReceipt.setVisible(true);
        FieldErrors.success("Receipt " + receipt.number() + " posted.");
        reloadPurchaseOrders();
        open(null);
        scan.show(Outcome.accepted("Receipt " + receipt.number() + " posted."));
    }

    private void showProblem(String field, String message, List<ReceivingRow> posted) {
        Matcher matcher = LINE_FIELD.matcher(field);
        if (matcher.matches()) {
            int index = Integer.parseInt(matcher.group(1));
            if (index < posted.size()) {
                ReceivingRow row = posted.get(index);
                row.showError(matcher.group(2), message);
                row.scrollIntoView();
                return;
            }
        }
        switch (field) {
            case "locationCode" -> FieldErrors.invalid(location, message);
            case "note" -> FieldErrors.invalid(note, message);
            case "poNumber" -> FieldErrors.invalid(purchaseOrder, message);
            default -> FieldErrors.error(message);
        }
    }

    /** Counted units are not lost by a stray tap on the menu: leaving asks first. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (po == null || lines.stream().noneMatch(ReceivingRow::touched)) {
            return;
        }
        var action = event.postpone();
        var confirm = new ConfirmDialog("Leave without posting?", "The units counted for " + po.number()
                + " are not posted yet and will be lost.", "Leave", e -> action.proceed(), "Stay", e -> scan.focus());
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** The rows of the open PO, in screen order (for tests). */
    List<ReceivingRow> rows() {
        return List.copyOf(lines);
    }

    private static String label(PurchaseOrderSummary s) {
        return s.number() + " · " + s.supplierName() + (s.expectedOn() == null ? ""
                : " · expected " + Formats.date(s.expectedOn())) + " · " + s.outstanding() + " outstanding";
    }
}
