package dev.focal.backoffice.procurement;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.procurement.ProcurementAccess;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import dev.focal.backoffice.ui.Toolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
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

/**
 * Purchase orders, lazily, newest first, filtered by status (the open ones to begin with), supplier and text
 * (number, supplier, or a line's SKU); a click opens one. Buyers and admins start new ones here.
 */
@Route(value = "purchase-orders", layout = MainLayout.class)
@PageTitle("Purchase orders")
@Menu(title = "Purchase orders", order = 2, icon = "vaadin:cart")
@MenuArea(Area.PURCHASING)
@AllowedFor(ProcurementAccess.PO_READERS)
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

        grid.addColumn(LitRenderer.<PurchaseOrderSummary>of(
                        "<div class='cell-2'><b>${item.number}</b><small>${item.by}</small></div>")
                .withProperty("number", PurchaseOrderSummary::number)
                .withProperty("by", p -> p.author() + " · " + Formats.dateTime(p.createdAt())))
                .setHeader("PO").setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<PurchaseOrderSummary>of(
                        "<div class='cell-2'><span>${item.name}</span><small>${item.code} → ${item.to}</small></div>")
                .withProperty("name", PurchaseOrderSummary::supplierName)
                .withProperty("code", PurchaseOrderSummary::supplierCode)
                .withProperty("to", PurchaseOrderSummary::deliverTo))
                .setHeader("Supplier, deliver to").setFlexGrow(1).setWidth("7rem");
        grid.addComponentColumn(PurchaseOrdersView::state).setHeader("Status").setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(p -> Formats.date(p.expectedOn())).setHeader("Expected").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(p -> Formats.money(p.total())).setHeader("Total").setWidth("8.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
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

    /** The status badge and, once sent, how much has arrived. */
    static Div state(PurchaseOrderSummary p) {
        var cell = new Div(Purchasing.status(p.status()));
        cell.addClassName("cell-2");
        if (p.status().receivable() || p.status() == PurchaseOrderStatus.RECEIVED) {
            cell.add(new Span(p.received() + " / " + p.ordered() + " received"));
            cell.getChildren().skip(1).findFirst().ifPresent(c -> ((Span) c).addClassName("secondary"));
        }
        return cell;
    }

    void refresh() {
        filter = new PurchaseOrderFilter(Formats.blankToNull(search.getValue()), statuses.getValue(),
                supplier.getValue() == null ? null : supplier.getValue().code(), null);
        grid.getDataProvider().refreshAll();
    }
}
