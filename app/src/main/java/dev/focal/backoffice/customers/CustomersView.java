package dev.focal.backoffice.customers;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.customers.CustomersAccess;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import dev.focal.backoffice.ui.Toolbar;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.customers.CustomerSummary;
import dev.focal.customers.PrescriptionDesk;
import org.springframework.data.domain.PageRequest;

/**
 * Finds a customer by part of the name or e-mail address, lazily; shows how many prescriptions each has and how
 * many of them wait for verification. A tap opens the customer. The search field has the focus, so staff at the
 * counter can type the name straight away.
 */
@Route(value = "customers", layout = MainLayout.class)
@PageTitle("Customers")
@Menu(title = "Customers", order = 1, icon = "vaadin:family")
@MenuArea(Area.CUSTOMERS)
@AllowedFor(CustomersAccess.RX_DESK)
class CustomersView extends VerticalLayout {

    final TextField search = new TextField();
    final Grid<CustomerSummary> grid = new Grid<>();

    CustomersView(PrescriptionDesk prescriptions) {
        search.setPlaceholder("Name or e-mail");
        search.setAriaLabel("Find a customer by name or e-mail");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMinWidth("14rem");

        grid.addColumn(CustomerSummary::fullName).setHeader("Name").setFlexGrow(1).setSortable(false);
        grid.addColumn(CustomerSummary::email).setHeader("E-mail").setFlexGrow(1);
        grid.addColumn(CustomerSummary::prescriptions).setHeader("Prescriptions").setWidth("9rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(c -> c.awaitingVerification() == 0 ? new Span("—")
                        : Formats.badge(c.awaitingVerification() + " awaiting", ""))
                .setHeader("Awaiting verification").setWidth("12rem").setFlexGrow(0);
        grid.setEmptyStateText("No customer matches.");
        grid.setItemsPageable(page -> prescriptions.findCustomers(search.getValue().strip(), page).getContent(),
                page -> (int) prescriptions.findCustomers(search.getValue().strip(), PageRequest.of(0, 1))
                        .getTotalElements());

        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addItemClickListener(e -> RxNavigation.toCustomer(e.getItem().id()));

        setSizeFull();
        add(Toolbar.of(search), grid);
        search.focus();
    }
}
