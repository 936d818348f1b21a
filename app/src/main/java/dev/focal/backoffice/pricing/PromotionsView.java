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
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.pricing.PromotionDetails;
import dev.focal.pricing.PromotionDraft;
import dev.focal.pricing.PromotionFilter;
import dev.focal.pricing.Promotions;

/** Promotions: find them, see what they give and when, add and edit them (admins; others read). */
@Route(value = "promotions", layout = MainLayout.class)
@PageTitle("Promotions")
@Menu(title = "Promotions", order = 2, icon = "vaadin:gift")
@MenuArea(Area.PRICING)
@AllowedFor(PricingAccess.READERS)
class PromotionsView extends VerticalLayout {

    final Grid<PromotionDetails> grid = new Grid<>();
    final TextField search = new TextField();
    final Checkbox showDisabled = new Checkbox("Show disabled", true);
    final Button add = new Button("Add promotion", VaadinIcon.PLUS.create());
    private PromotionFilter filter = PromotionFilter.all();

    PromotionsView(Promotions promotions) {
        search.setPlaceholder("Search code or name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(PricingForms.canEdit());

        grid.addColumn(p -> p.draft().code()).setHeader("Code").setSortProperty("code").setAutoWidth(true);
        grid.addColumn(p -> p.draft().name()).setHeader("Name").setSortProperty("name").setFlexGrow(1);
        grid.addColumn(p -> describe(p.draft())).setHeader("Gives").setFlexGrow(1);
        grid.addColumn(p -> p.draft().priority()).setHeader("Priority").setSortProperty("priority").setAutoWidth(true);
        grid.addColumn(p -> p.draft().stacking() == dev.focal.pricing.Promotion.Stacking.EXCLUSIVE ? "Exclusive"
                : "Combinable").setHeader("Stacking").setAutoWidth(true);
        grid.addColumn(p -> p.draft().couponCode() == null ? "—" : p.draft().couponCode()).setHeader("Coupon")
                .setAutoWidth(true);
        grid.addColumn(p -> Formats.dateTime(p.draft().startsAt())).setHeader("Starts").setSortProperty("startsAt")
                .setAutoWidth(true);
        grid.addColumn(p -> Formats.dateTime(p.draft().endsAt())).setHeader("Ends").setSortProperty("endsAt")
                .setAutoWidth(true);
        grid.addComponentColumn(p -> badge(p.draft().enabled())).setHeader("Status").setAutoWidth(true);
        grid.setItemsPageable(pageable -> promotions.find(filter, pageable), pageable -> promotions.count(filter));

        search.addValueChangeListener(e -> refresh());
        showDisabled.addValueChangeListener(e -> refresh());
        add.addClickListener(e -> PromotionDialog.create(promotions, this::refresh).open());
        grid.addItemClickListener(e -> PromotionDialog.edit(promotions, promotions.get(e.getItem().id()),
                this::refresh).open());

        var toolbar = Toolbar.of(search, showDisabled, add);
        setSizeFull();
        add(toolbar, grid);
    }

    void refresh() {
        filter = new PromotionFilter(search.getValue(), showDisabled.getValue());
        grid.getDataProvider().refreshAll();
    }

    static String describe(PromotionDraft d) {
        return switch (d.effect()) {
            case PERCENT_OFF -> d.percent().stripTrailingZeros().toPlainString() + " % off";
            case AMOUNT_OFF -> d.currency() + " " + d.amount().toPlainString() + " off";
            case FIXED_PRICE -> "for " + d.currency() + " " + d.amount().toPlainString();
            case BUY_X_GET_Y -> "buy " + d.buy() + ", get " + d.get() + " at "
                    + d.percent().stripTrailingZeros().toPlainString() + " % off";
            case FREE_COATING -> "free " + d.coating();
        };
    }

    static Span badge(boolean enabled) {
        var badge = new Span(enabled ? "Enabled" : "Disabled");
        badge.getElement().getThemeList().add("badge " + (enabled ? "success" : "contrast"));
        return badge;
    }
}
