package dev.focal.backoffice.pricing;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.pricing.PricingAccess;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.shell.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.pricing.RxSurcharge;
import dev.focal.pricing.RxSurchargeDetails;
import dev.focal.pricing.RxSurcharges;

/** Rx surcharge rules per currency: high power, high cylinder, prism, oversize blank. */
@Route(value = "rx-surcharges", layout = MainLayout.class)
@PageTitle("Rx surcharges")
@Menu(title = "Rx surcharges", order = 4, icon = "vaadin:eye")
@MenuArea(Area.PRICING)
@AllowedFor(PricingAccess.READERS)
class RxSurchargesView extends VerticalLayout {

    final Grid<RxSurchargeDetails> grid = new Grid<>();
    final Button add = new Button("Add surcharge rule", VaadinIcon.PLUS.create());

    RxSurchargesView(RxSurcharges surcharges) {
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(PricingForms.canEdit());
        grid.addColumn(s -> s.draft().kind().label()).setHeader("For").setSortProperty("kind").setAutoWidth(true);
        grid.addColumn(s -> threshold(s)).setHeader("Applies above").setSortProperty("threshold").setAutoWidth(true);
        grid.addColumn(s -> s.draft().amount().toPlainString()).setHeader("Amount per pair").setSortProperty("amount")
                .setAutoWidth(true);
        grid.addColumn(s -> s.draft().currency()).setHeader("Currency").setSortProperty("currency").setAutoWidth(true);
        grid.setItemsPageable(surcharges::find, pageable -> surcharges.count());

        add.addClickListener(e -> new RxSurchargeDialog(surcharges, null, grid.getDataProvider()::refreshAll).open());
        grid.addItemClickListener(e -> new RxSurchargeDialog(surcharges, surcharges.get(e.getItem().id()),
                grid.getDataProvider()::refreshAll).open());

        setSizeFull();
        add(new HorizontalLayout(new Paragraph("Charged once per pair of lenses when the order's Rx meets the rule; "
                + "quotes use the rules in the price list's currency."), add), grid);
    }

    static String threshold(RxSurchargeDetails s) {
        return switch (s.draft().kind()) {
            case PRISM -> "any prism";
            case OVERSIZE_BLANK -> s.draft().threshold().stripTrailingZeros().toPlainString() + " mm";
            case HIGH_POWER, HIGH_CYLINDER -> s.draft().threshold().toPlainString() + " D";
        };
    }

    static String unit(RxSurcharge.Kind kind) {
        return kind == RxSurcharge.Kind.OVERSIZE_BLANK ? "mm" : "D";
    }
}
