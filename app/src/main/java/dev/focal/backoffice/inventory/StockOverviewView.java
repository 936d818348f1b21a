package dev.focal.backoffice.inventory;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.inventory.InventoryAccess;
import dev.focal.backoffice.ui.Toolbar;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.inventory.StockFilter;
import dev.focal.inventory.StockRow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;

/**
 * Stock per SKU and location with filters (text, location, brand, below reorder point, lots expiring soon).
 * Rows below their reorder point and rows with a lot near expiry stand out; a tap on a row opens the SKU in the
 * stock lookup with its movements.
 */
@Route(value = "stock", layout = MainLayout.class)
@PageTitle("Stock overview")
@Menu(title = "Stock overview", order = 1, icon = "vaadin:stock")
@MenuArea(Area.INVENTORY)
@AllowedFor(InventoryAccess.STAFF)
class StockOverviewView extends VerticalLayout {

    final TextField search = new TextField();
    final ComboBox<Location> location = new ComboBox<>();
    final ComboBox<String> brand = new ComboBox<>();
    final Checkbox belowReorder = new Checkbox("Below reorder point");
    final IntegerField expiringWithin = new IntegerField();
    final Span count = new Span();
    final Grid<StockRow> grid = new Grid<>();
    private final Inventory inventory;
    private final Clock clock;
    private StockFilter filter = StockFilter.all();

    StockOverviewView(Inventory inventory, Locations locations, Clock clock) {
        this.inventory = inventory;
        this.clock = clock;
        search.setPlaceholder("SKU, product or brand");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search");
        location.setPlaceholder("All locations");
        location.setItems(locations.all());
        location.setItemLabelGenerator(Location::label);
        location.setClearButtonVisible(true);
        location.setAriaLabel("Location");
        brand.setPlaceholder("All brands");
        brand.setItems(inventory.brandsInStock());
        brand.setClearButtonVisible(true);
        brand.setAriaLabel("Brand");
        expiringWithin.setPlaceholder("Lots expiring within … days");
        expiringWithin.setMin(0);
        expiringWithin.setMax(3650);
        expiringWithin.setClearButtonVisible(true);
        expiringWithin.setAriaLabel("Lots expiring within days");
        expiringWithin.setWidth("16rem");
        expiringWithin.setValueChangeMode(ValueChangeMode.LAZY);
        count.addClassName("hint");

        // SKU and product in one two-line cell: at 1024 px there is no room for both side by side.
        grid.addColumn(Formats.skuCell(StockRow::sku, StockRow::description)).setHeader("SKU · product")
                .setFlexGrow(1).setWidth("13rem").setFrozen(true);
        grid.addColumn(StockRow::locationCode).setHeader("Location").setAutoWidth(true);
        grid.addColumn(StockRow::onHand).setHeader("On hand").setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(StockRow::reserved).setHeader("Reserved").setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(StockRow::available).setHeader("Available").setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.reorderPoint() == null ? "—" : String.valueOf(r.reorderPoint())).setHeader("Reorder pt.")
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.date(r.nextExpiry())).setHeader("Next expiry").setAutoWidth(true);
        grid.setPartNameGenerator(this::marks);
        grid.setItemsPageable(page -> inventory.overview(filter, page), page -> inventory.countOverview(filter));
        grid.addClassName("stock-overview");
        grid.setEmptyStateText("No stock matches these filters.");

        search.addValueChangeListener(e -> refresh());
        location.addValueChangeListener(e -> refresh());
        brand.addValueChangeListener(e -> refresh());
        belowReorder.addValueChangeListener(e -> refresh());
        expiringWithin.addValueChangeListener(e -> refresh());
        grid.addItemClickListener(e -> InventoryNavigation.toLookup(e.getItem().sku()));

        setSizeFull();
        add(Toolbar.of(search, location, brand, belowReorder, expiringWithin), count, grid);
        refresh();
    }

    void refresh() {
        Integer days = expiringWithin.isInvalid() ? null : expiringWithin.getValue();
        filter = new StockFilter(search.getValue(), location.getValue() == null ? null : location.getValue().code(),
                brand.getValue(), belowReorder.getValue(), days);
        long rows = inventory.countOverview(filter);
        count.setText(rows == 1 ? "1 row" : rows + " rows");
        grid.getDataProvider().refreshAll();
    }

    /** Row marks for the grid's CSS: below its reorder point, a lot near expiry (or within the filter's days). */
    private @org.jspecify.annotations.Nullable String marks(StockRow row) {
        var marks = new ArrayList<String>();
        if (row.belowReorderPoint()) {
            marks.add("below-reorder");
        }
        LocalDate today = LocalDate.now(clock);
        Integer days = filter.expiringWithinDays();
        if (row.nextExpiry() != null && (InventoryNavigation.nearExpiry(row.nextExpiry(), today)
                || days != null && !row.nextExpiry().isAfter(today.plusDays(days)))) {
            marks.add("near-expiry");
        }
        return marks.isEmpty() ? null : String.join(" ", marks);
    }
}
