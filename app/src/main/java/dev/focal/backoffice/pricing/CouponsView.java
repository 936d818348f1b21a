package dev.focal.backoffice.pricing;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.pricing.PricingAccess;
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
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.pricing.CouponDetails;
import dev.focal.pricing.Coupons;
import org.jspecify.annotations.Nullable;

/** Coupon codes with their limits and how often they were redeemed; admins add and edit them. */
@Route(value = "coupons", layout = MainLayout.class)
@PageTitle("Coupons")
@Menu(title = "Coupons", order = 3, icon = "vaadin:ticket")
@MenuArea(Area.PRICING)
@AllowedFor(PricingAccess.READERS)
class CouponsView extends VerticalLayout {

    final Grid<CouponDetails> grid = new Grid<>();
    final TextField search = new TextField();
    final Button add = new Button("Add coupon", VaadinIcon.PLUS.create());

    CouponsView(Coupons coupons) {
        search.setPlaceholder("Search code or description");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(PricingForms.canEdit());

        grid.addColumn(CouponDetails::code).setHeader("Code").setSortProperty("code").setAutoWidth(true);
        grid.addColumn(CouponDetails::description).setHeader("Description").setFlexGrow(1);
        grid.addColumn(c -> limit(c.totalLimit())).setHeader("Total limit").setAutoWidth(true);
        grid.addColumn(c -> limit(c.perCustomerLimit())).setHeader("Per customer").setAutoWidth(true);
        grid.addColumn(c -> Formats.dateTime(c.expiresAt())).setHeader("Expires").setSortProperty("expiresAt")
                .setAutoWidth(true);
        grid.addColumn(CouponDetails::timesRedeemed).setHeader("Redeemed").setSortProperty("timesRedeemed")
                .setAutoWidth(true);
        grid.addColumn(CouponDetails::customersRedeemed).setHeader("Customers").setAutoWidth(true);
        grid.setItemsPageable(pageable -> coupons.find(search.getValue(), pageable),
                pageable -> coupons.count(search.getValue()));

        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add.addClickListener(e -> new CouponDialog(coupons, null, grid.getDataProvider()::refreshAll).open());
        grid.addItemClickListener(e -> new CouponDialog(coupons, coupons.get(e.getItem().code()),
                grid.getDataProvider()::refreshAll).open());

        var toolbar = Toolbar.of(search, add);
        setSizeFull();
        add(toolbar, grid);
    }

    private static String limit(@Nullable Integer limit) {
        return limit == null ? "unlimited" : String.valueOf(limit);
    }
}
