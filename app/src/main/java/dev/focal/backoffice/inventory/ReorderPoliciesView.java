package dev.focal.backoffice.inventory;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.inventory.InventoryAccess;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.shell.MainLayout;
import dev.focal.backoffice.ui.StaffAccess;
import dev.focal.backoffice.ui.Toolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.SkuFacts;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.inventory.ReorderPolicies;
import dev.focal.inventory.ReorderPolicy;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reorder policies per SKU x location (safety stock, reorder point, fixed quantity or min/max), filtered by
 * location and SKU. Buyers and admins add and edit them; warehouse staff read them.
 */
@Route(value = "reorder-policies", layout = MainLayout.class)
@PageTitle("Reorder policies")
@Menu(title = "Reorder policies", order = 4, icon = "vaadin:chart-line")
@MenuArea(Area.INVENTORY)
@AllowedFor(InventoryAccess.PLANNING_READERS)
class ReorderPoliciesView extends VerticalLayout {

    final Grid<ReorderPolicy> grid = new Grid<>();
    final ComboBox<Location> location = new ComboBox<>();
    final TextField search = new TextField();
    final Button add = new Button("Add policy", VaadinIcon.PLUS.create());

    private final ReorderPolicies policies;
    private final Catalog catalog;
    private final Map<String, Optional<SkuFacts>> products = new HashMap<>();

    ReorderPoliciesView(ReorderPolicies policies, Locations locations, Catalog catalog, Inventory inventory) {
        this.policies = policies;
        this.catalog = catalog;
        List<Location> active = locations.active();
        location.setPlaceholder("All locations");
        location.setItems(active);
        location.setItemLabelGenerator(Location::label);
        location.setClearButtonVisible(true);
        search.setPlaceholder("SKU");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(canEdit());

        grid.addColumn(LitRenderer.<ReorderPolicy>of(
                        "<div class='cell-2'><b>${item.sku}</b><small>${item.product}</small></div>")
                .withProperty("sku", ReorderPolicy::sku)
                .withProperty("product", p -> description(p.sku())))
                .setHeader("SKU, product").setFlexGrow(1).setWidth("12rem").setSortable(true)
                .setComparator(ReorderPolicy::sku);
        grid.addColumn(ReorderPolicy::locationCode).setHeader("Location").setWidth("7.5rem").setFlexGrow(0)
                .setSortable(true).setComparator(ReorderPolicy::locationCode);
        grid.addColumn(ReorderPolicy::safetyStock).setHeader("Safety stock").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(ReorderPolicy::reorderPoint).setHeader("Reorder point").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(ReorderPoliciesView::rule).setHeader("Then order").setWidth("8.5rem").setFlexGrow(0);
        grid.setEmptyStateText("No reorder policy matches.");

        location.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        add.addClickListener(e -> new ReorderPolicyDialog(policies, catalog, inventory, active, null,
                location.getValue(), this::refresh).open());
        grid.addItemClickListener(e -> new ReorderPolicyDialog(policies, catalog, inventory, active, e.getItem(),
                null, this::refresh).open());

        setSizeFull();
        add(Toolbar.of(search, location, add), grid);
        refresh();
    }

    static boolean canEdit() {
        return StaffAccess.allows(InventoryAccess.PLANNERS);
    }

    /** "20 at a time" or "up to 50". */
    static String rule(ReorderPolicy policy) {
        return policy.reorderQuantity() != null ? policy.reorderQuantity() + " at a time"
                : "up to " + policy.maxQuantity();
    }

    void refresh() {
        String text = search.getValue().strip().toUpperCase(Locale.ROOT);
        // The policies of one location are bounded by its assortment; the service reads them in one query.
        grid.setItems(policies.all(location.getValue() == null ? null : location.getValue().code()).stream()
                .filter(p -> text.isEmpty() || p.sku().contains(text)).toList());
    }

    private String description(String sku) {
        return products.computeIfAbsent(sku, catalog::findBySkuForStaff).map(SkuFacts::description).orElse("—");
    }
}
