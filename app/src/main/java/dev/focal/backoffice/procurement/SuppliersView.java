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
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.procurement.SupplierSummary;
import dev.focal.procurement.Suppliers;

/** Suppliers, lazily, searched by code, name or e-mail; a click opens one with its items. */
@Route(value = "suppliers", layout = MainLayout.class)
@PageTitle("Suppliers")
@Menu(title = "Suppliers", order = 1, icon = "vaadin:building")
@MenuArea(Area.PURCHASING)
@AllowedFor(ProcurementAccess.STAFF)
class SuppliersView extends VerticalLayout {

    final Grid<SupplierSummary> grid = new Grid<>();
    final TextField search = new TextField();
    final Button add = new Button("New supplier", VaadinIcon.PLUS.create());

    SuppliersView(Suppliers suppliers) {
        search.setPlaceholder("Code, name or e-mail");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(Purchasing.canBuy());

        grid.addColumn(LitRenderer.<SupplierSummary>of(
                        "<div class='cell-2'><b>${item.name}</b><small>${item.code} · ${item.email}</small></div>")
                .withProperty("name", SupplierSummary::name)
                .withProperty("code", SupplierSummary::code)
                .withProperty("email", SupplierSummary::email))
                .setHeader("Supplier").setFlexGrow(1).setWidth("12rem");
        grid.addColumn(SupplierSummary::currency).setHeader("Currency").setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(s -> s.defaultLeadTimeDays() + " d").setHeader("Lead time").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(SupplierSummary::items).setHeader("Items").setWidth("5rem").setFlexGrow(0);
        grid.addColumn(SupplierSummary::openOrders).setHeader("Open POs").setWidth("6.5rem").setFlexGrow(0);
        grid.addComponentColumn(s -> s.active() ? Formats.badge("Active", "success")
                : Formats.badge("Inactive", "contrast")).setHeader("State").setWidth("7.5rem").setFlexGrow(0);
        grid.setEmptyStateText("No supplier matches.");
        grid.setItemsPageable(pageable -> suppliers.find(search.getValue(), pageable),
                pageable -> (int) suppliers.count(search.getValue()));

        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add.addClickListener(e -> ProcurementNavigation.toNewSupplier());
        grid.addItemClickListener(e -> ProcurementNavigation.toSupplier(e.getItem().code()));

        setSizeFull();
        add(Toolbar.of(search, add), grid);
    }
}
