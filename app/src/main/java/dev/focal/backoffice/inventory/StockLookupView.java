package dev.focal.backoffice.inventory;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.inventory.InventoryAccess;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import dev.focal.backoffice.ui.ScanField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.backoffice.ui.ScanField.Outcome;
import dev.focal.catalog.SkuFacts;
import dev.focal.inventory.BinLocation;
import dev.focal.inventory.BinStock;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.Locations;
import dev.focal.inventory.MovementView;
import dev.focal.inventory.Reservations;
import dev.focal.inventory.Reservation;
import dev.focal.inventory.Scan;
import dev.focal.inventory.StockFigures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Stock lookup by scanning: a SKU (barcode or SKU code) shows its figures per location, where it lies (bin, lot,
 * expiry), what is reserved and its movements; a bin shows what it holds. Warehouse staff and admins adjust
 * stock and put it away from here. Every staff member looks stock up.
 */
@Route(value = "stock/lookup", layout = MainLayout.class)
@PageTitle("Stock lookup")
@Menu(title = "Stock lookup", order = 2, icon = "vaadin:barcode")
@MenuArea(Area.INVENTORY)
@AllowedFor(InventoryAccess.STAFF)
class StockLookupView extends VerticalLayout implements BeforeEnterObserver {

    final ScanField scan = new ScanField("Scan a SKU or a bin");
    final Div result = new Div();
    final Grid<StockFigures> figures = new Grid<>();
    final Grid<BinStock> places = new Grid<>();
    final Grid<Reservation> reservations = new Grid<>();
    final Grid<MovementView> movements = new Grid<>();
    final Grid<BinStock> contents = new Grid<>();
    final Button adjust = new Button("Adjust stock", VaadinIcon.EDIT.create());
    final Button putAway = new Button("Put away", VaadinIcon.ARROW_FORWARD.create());

    private final Inventory inventory;
    private final Locations locations;
    private final Reservations reservationService;
    private final Clock clock;
    private @Nullable SkuFacts shownSku;

    StockLookupView(Inventory inventory, Locations locations, Reservations reservationService, Clock clock) {
        this.inventory = inventory;
        this.locations = locations;
        this.reservationService = reservationService;
        this.clock = clock;
        addClassName("warehouse-view");
        result.addClassName("lookup-result");
        scan.hint("Scan a barcode, a SKU code or a bin label (like WH1/A-01-01).");

        figures.addColumn(StockFigures::locationCode).setHeader("Location").setAutoWidth(true);
        figures.addColumn(StockFigures::locationName).setHeader("Name").setFlexGrow(1);
        figures.addColumn(StockFigures::onHand).setHeader("On hand").setAutoWidth(true).setTextAlign(
                ColumnTextAlign.END);
        figures.addColumn(StockFigures::reserved).setHeader("Reserved").setAutoWidth(true).setTextAlign(
                ColumnTextAlign.END);
        figures.addColumn(StockFigures::available).setHeader("Available").setAutoWidth(true).setTextAlign(
                ColumnTextAlign.END);
        figures.setAllRowsVisible(true);
        figures.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);

        places.addColumn(BinStock::locationCode).setHeader("Location").setAutoWidth(true);
        places.addColumn(b -> b.binCode() == null ? "Not put away" : b.binCode()).setHeader("Bin").setAutoWidth(true);
        places.addColumn(b -> Formats.orDash(b.lot())).setHeader("Lot").setAutoWidth(true);
        places.addColumn(b -> Formats.date(b.expiresOn())).setHeader("Expires").setAutoWidth(true);
        places.addColumn(BinStock::onHand).setHeader("Quantity").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        places.setPartNameGenerator(b -> InventoryNavigation.nearExpiry(b.expiresOn(), LocalDate.now(clock))
                ? "near-expiry" : null);
        places.setAllRowsVisible(true);

        reservations.addColumn(Reservation::orderRef).setHeader("Order").setAutoWidth(true);
        reservations.addColumn(Reservation::lineRef).setHeader("Line").setAutoWidth(true);
        reservations.addColumn(Reservation::locationCode).setHeader("Location").setAutoWidth(true);
        reservations.addColumn(Reservation::quantity).setHeader("Quantity").setAutoWidth(true);
        reservations.addColumn(r -> Formats.dateTime(r.createdAt())).setHeader("Reserved").setAutoWidth(true);
        reservations.addColumn(r -> r.expiresAt() == null ? "—" : Formats.dateTime(r.expiresAt()))
                .setHeader("Hold until").setAutoWidth(true);
        reservations.setAllRowsVisible(true);

        movements.addColumn(m -> Formats.dateTime(m.occurredAt())).setHeader("When").setAutoWidth(true);
        movements.addColumn(m -> m.kind().label()).setHeader("Movement").setAutoWidth(true);
        movements.addColumn(MovementView::locationCode).setHeader("Location").setAutoWidth(true);
        movements.addColumn(m -> m.binCode() == null ? "—" : m.binCode()).setHeader("Bin").setAutoWidth(true);
        movements.addColumn(m -> Formats.orDash(m.lot())).setHeader("Lot").setAutoWidth(true);
        movements.addColumn(m -> m.quantity() == 0 ? "" : Formats.signed(m.quantity())).setHeader("On hand")
                .setAutoWidth(true);
        movements.addColumn(m -> m.reservedDelta() == 0 ? "" : Formats.signed(m.reservedDelta()))
                .setHeader("Reserved").setAutoWidth(true);
        movements.addColumn(m -> m.reason() == null ? "" : m.reason().label()).setHeader("Reason").setAutoWidth(true);
        movements.addColumn(m -> m.sourceType() + " " + m.sourceRef()).setHeader("Document").setAutoWidth(true);
        movements.addColumn(MovementView::actor).setHeader("By").setAutoWidth(true);
        movements.addColumn(m -> m.note() == null ? "" : m.note()).setHeader("Note").setFlexGrow(1);
        movements.setPageSize(50);
        movements.setEmptyStateText("No movements yet.");
        movements.setHeight("24rem");

        contents.addColumn(Formats.skuCell(BinStock::sku, BinStock::description)).setHeader("SKU · product")
                .setFlexGrow(1);
        contents.addColumn(b -> Formats.orDash(b.lot())).setHeader("Lot").setAutoWidth(true);
        contents.addColumn(b -> Formats.date(b.expiresOn())).setHeader("Expires").setAutoWidth(true);
        contents.addColumn(BinStock::onHand).setHeader("Quantity").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        contents.setPartNameGenerator(b -> InventoryNavigation.nearExpiry(b.expiresOn(), LocalDate.now(clock))
                ? "near-expiry" : null);
        contents.setAllRowsVisible(true);

        adjust.addThemeVariants(ButtonVariant.LUMO_LARGE);
        putAway.addThemeVariants(ButtonVariant.LUMO_LARGE);
        adjust.setVisible(InventoryNavigation.keepsStock());
        putAway.setVisible(InventoryNavigation.keepsStock());

        scan.onScan(this::lookUp);
        contents.addItemClickListener(e -> scan.scan(e.getItem().sku()));
        adjust.addClickListener(e -> {
            if (shownSku != null) {
                var dialog = new StockAdjustDialog(inventory, locations, shownSku, preferredLocation(),
                        this::refreshSku);
                scan.refocusAfter(dialog);
                dialog.open();
            }
        });
        putAway.addClickListener(e -> {
            if (shownSku != null) {
                InventoryNavigation.toPutaway(shownSku.sku());
            }
        });

        setWidthFull();
        add(scan, result);
        empty();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(InventoryNavigation.CODE)
                .or(() -> event.getLocation().getQueryParameters().getSingleParameter(InventoryNavigation.SKU))
                .filter(code -> !code.isBlank())
                .ifPresent(scan::scan);
    }

    private Outcome lookUp(String code) {
        return switch (inventory.identify(code)) {
            case Scan.OfSku sku -> {
                showSku(sku.sku());
                yield Outcome.accepted(sku.sku().sku() + " · " + sku.sku().description());
            }
            case Scan.OfBin bin -> {
                showBin(bin.bin());
                yield Outcome.accepted("Bin " + bin.bin().code());
            }
            case Scan.Unknown unknown -> {
                shownSku = null;
                result.removeAll();
                var message = new Paragraph("Nothing is known as \u201c" + unknown.scanned()
                        + "\u201d: it is no SKU, barcode or bin. Check the label, or type the SKU code.");
                message.addClassName("lookup-unknown");
                result.add(message);
                yield Outcome.refused("Unknown code " + unknown.scanned());
            }
        };
    }

    private void empty() {
        result.removeAll();
        var hint = new Paragraph("Scan something to see its stock.");
        hint.addClassName("hint");
        result.add(hint);
    }

    private void showSku(SkuFacts sku) {
        shownSku = sku;
        result.removeAll();
        var title = new H2(sku.sku());
        var description = new Span(sku.description() + " · " + sku.category().label());
        description.addClassName("lookup-description");
        var heading = new HorizontalLayout(title, description);
        heading.setAlignItems(Alignment.BASELINE);
        heading.addClassName("lookup-heading");
        var actions = new HorizontalLayout(adjust, putAway);

        List<StockFigures> rows = inventory.stockOf(sku.sku());
        figures.setItems(rows);
        int onHand = rows.stream().mapToInt(StockFigures::onHand).sum();
        int reserved = rows.stream().mapToInt(StockFigures::reserved).sum();
        var totals = new Div(total("On hand", onHand), total("Reserved", reserved),
                total("Available", onHand - reserved));
        totals.addClassName("stock-totals");
        List<BinStock> where = inventory.placesOf(sku.sku());
        places.setItems(where);
        List<Reservation> held = reservationService.activeFor(sku.sku(), null);
        reservations.setItems(held);
        movements.setItemsPageable(page -> inventory.movements(sku.sku(), null, page),
                page -> inventory.countMovements(sku.sku(), null));

        var stock = new VerticalLayout(totals, rows.isEmpty() ? new Paragraph("No stock anywhere yet.") : figures,
                new Span("Where it is"), where.isEmpty() ? new Paragraph("Not in any bin.") : places);
        stock.setPadding(false);
        var tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("Stock", stock);
        tabs.add("Reservations (" + held.size() + ")",
                held.isEmpty() ? new Paragraph("Nothing reserved.") : reservations);
        tabs.add("Movements", movements);
        result.add(heading, actions, tabs);
    }

    private void refreshSku() {
        if (shownSku != null) {
            showSku(shownSku);
        }
    }

    private void showBin(BinLocation bin) {
        shownSku = null;
        result.removeAll();
        var title = new H2("Bin " + bin.code());
        var where = new Span("Aisle " + bin.aisle() + ", shelf " + bin.shelf() + ", bin " + bin.bin()
                + (bin.active() ? "" : " · closed"));
        where.addClassName("lookup-description");
        var heading = new HorizontalLayout(title, where);
        heading.setAlignItems(Alignment.BASELINE);
        heading.addClassName("lookup-heading");
        List<BinStock> held = inventory.contentsOf(bin.code());
        contents.setItems(held);
        int units = held.stream().mapToInt(BinStock::onHand).sum();
        var summary = new Paragraph(held.isEmpty() ? "The bin is empty."
                : units + " units of " + held.stream().map(BinStock::sku).distinct().count()
                + " SKUs. Tap a row to look the SKU up.");
        result.add(heading, summary);
        if (!held.isEmpty()) {
            result.add(contents);
        }
    }

    /** The location the adjust dialog starts with: the one of the first place the SKU is, else the first of its figures. */
    private @Nullable String preferredLocation() {
        return figures.getListDataView().getItems().map(StockFigures::locationCode).findFirst().orElse(null);
    }

    private static Div total(String label, int value) {
        var number = new Span(String.valueOf(value));
        number.addClassName("stat-value");
        var card = new Div(new Span(label), number);
        card.addClassName("stat");
        return card;
    }
}
