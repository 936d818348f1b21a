package dev.focal.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.inventory.Locations;
import dev.focal.procurement.PurchaseOrderFilter;
import dev.focal.procurement.PurchaseOrderStatus;
import dev.focal.procurement.PurchaseOrderSummary;
import dev.focal.procurement.PurchaseOrders;
import dev.focal.procurement.SupplierSummary;
import dev.focal.procurement.Suppliers;
import jakarta.annotation.security.RolesAllowed;

/**
 * Purchase orders, lazily, newest first, filtered by status (the open ones to begin with), supplier and text
 * (number, supplier, or a line's SKU); a click opens one. Buyers and admins start new ones here.
 */
@Route(value = "purchase-orders", layout = MainLayout.class)
@PageTitle("Purchase orders")
@RolesAllowed({"ADMIN", "BUYER", "WAREHOUSE"})
class PurchaseOrdersView extends VerticalLayout {

    final Grid<PurchaseOrderSummary> grid = new Grid<>();
    final TextField search = new TextField();
    final MultiSelectComboBox<PurchaseOrderStatus> statuses = new MultiSelectComboBox<>();
    final ComboBox<SupplierSummary> supplier = new ComboBox<>();
    final Button add = new Button("New PO", VaadinIcon.PLUS.create());
    private PurchaseOrderFilter filter = PurchaseOrderFilter.open();

    PurchaseOrdersView(PurchaseOrders orders, Suppliers suppliers, Locations locations) {
        search.setPlaceholder("PO number, supplier or SKU");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMinWidth("14rem");
        statuses.setPlaceholder("Any status");
        statuses.setItems(PurchaseOrderStatus.values());
        statuses.setItemLabelGenerator(PurchaseOrderStatus::label);
        statuses.setValue(filter.statuses());
        statuses.setClearButtonVisible(true);
        statuses.setMinWidth("16rem");
        supplier.setPlaceholder("Any supplier");
        supplier.setItems(suppliers.active());
        supplier.setItemLabelGenerator(SupplierSummary::label);
        supplier.setClearButtonVisible(true);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(Purchasing.canBuy());

        grid.addColumn(PurchaseOrderSummary::number).setHeader("PO").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.supplierCode() + " · " + p.supplierName()).setHeader("Supplier").setFlexGrow(2);
        grid.addColumn(PurchaseOrderSummary::deliverTo).setHeader("Deliver to").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> Purchasing.status(p.status())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> Purchasing.date(p.expectedOn())).setHeader("Expected").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.received() + " / " + p.ordered()).setHeader("Received").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> Purchasing.money(p.total())).setHeader("Total").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PurchaseOrderSummary::author).setHeader("Author").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Formats.dateTime(p.createdAt())).setHeader("Created").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No purchase order matches.");
        grid.setItemsPageable(pageable -> orders.find(filter, pageable), pageable -> (int) orders.count(filter));

        search.addValueChangeListener(e -> refresh());
        statuses.addValueChangeListener(e -> refresh());
        supplier.addValueChangeListener(e -> refresh());
        add.addClickListener(e -> new NewPurchaseOrderDialog(orders, suppliers, locations,
                supplier.getValue() == null ? null : supplier.getValue().code()).open());
        grid.addItemClickListener(e -> ProcurementNavigation.toPurchaseOrder(e.getItem().number()));

        setSizeFull();
        add(Toolbar.of(search, statuses, supplier, add), grid);
    }

    void refresh() {
        filter = new PurchaseOrderFilter(Purchasing.blankToNull(search.getValue()), statuses.getValue(),
                supplier.getValue() == null ? null : supplier.getValue().code(), null);
        grid.getDataProvider().refreshAll();
    }
}
