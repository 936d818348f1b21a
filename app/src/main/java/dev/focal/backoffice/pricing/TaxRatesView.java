package dev.focal.backoffice.pricing;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.pricing.PricingAccess;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.shell.MainLayout;
import dev.focal.backoffice.ui.Toolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.pricing.PriceLists;
import dev.focal.pricing.PricingExceptions.InvalidTaxRate;
import dev.focal.pricing.TaxRate;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Tax rates per tax class and region (country or state code). Tax is computed per line and rounded half-up
 * to the currency's minor unit; gross price lists extract it, net ones add it.
 */
@Route(value = "tax-rates", layout = MainLayout.class)
@PageTitle("Tax rates")
@Menu(title = "Tax rates", order = 5, icon = "vaadin:scale")
@MenuArea(Area.PRICING)
@AllowedFor(PricingAccess.READERS)
class TaxRatesView extends VerticalLayout {

    final Grid<TaxRate> grid = new Grid<>();
    final TextField search = new TextField();
    final Button add = new Button("Add tax rate", VaadinIcon.PLUS.create());
    private final PriceLists priceLists;

    TaxRatesView(PriceLists priceLists) {
        this.priceLists = priceLists;
        search.setPlaceholder("Search class or region");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(PricingForms.canEdit());

        grid.addColumn(TaxRate::region).setHeader("Region").setAutoWidth(true);
        grid.addColumn(TaxRate::taxClass).setHeader("Tax class").setFlexGrow(1);
        grid.addColumn(r -> r.percent().stripTrailingZeros().toPlainString() + " %").setHeader("Rate").setAutoWidth(true);
        grid.setItemsPageable(pageable -> priceLists.taxRates(search.getValue(), pageable),
                pageable -> priceLists.countTaxRates(search.getValue()));

        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add.addClickListener(e -> dialog(null).open());
        grid.addItemClickListener(e -> dialog(e.getItem()).open());

        var toolbar = Toolbar.of(search, add);
        setSizeFull();
        add(toolbar, grid);
    }

    Dialog dialog(@Nullable TaxRate existing) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(existing == null ? "Add tax rate" : "Tax rate " + existing.taxClass() + " in "
                + existing.region());
        var taxClass = new TextField("Tax class");
        var region = new TextField("Region");
        var percent = new BigDecimalField("Rate (%)");
        region.setHelperText("Country or state code, like DE or US-CA.");
        var errors = new FieldErrors().bind("taxClass", taxClass).bind("region", region).bind("percent", percent);
        if (existing != null) {
            taxClass.setValue(existing.taxClass());
            region.setValue(existing.region());
            percent.setValue(existing.percent());
            taxClass.setReadOnly(true);
            region.setReadOnly(true);
        }
        var save = new Button("Save", e -> {
            errors.clear();
            try {
                priceLists.setTaxRate(new TaxRate(taxClass.getValue(), region.getValue(),
                        percent.getValue() == null ? BigDecimal.valueOf(-1) : percent.getValue()));
                FieldErrors.success("Tax rate saved.");
                grid.getDataProvider().refreshAll();
                dialog.close();
            } catch (InvalidTaxRate bad) {
                errors.show(bad);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var remove = new Button("Delete", e -> {
            priceLists.removeTaxRate(existing.taxClass(), existing.region());
            FieldErrors.success("Tax rate deleted.");
            grid.getDataProvider().refreshAll();
            dialog.close();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        boolean editor = PricingForms.canEdit();
        save.setVisible(editor);
        remove.setVisible(editor && existing != null);
        dialog.add(new FormLayout(taxClass, region, percent));
        dialog.getFooter().add(remove, new Button("Cancel", e -> dialog.close()), save);
        return dialog;
    }
}
