package dev.focal.backoffice.pricing;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.pricing.PricingAccess;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.pricing.Channel;
import dev.focal.pricing.CreatePriceList;
import dev.focal.pricing.PriceListSummary;
import dev.focal.pricing.PriceLists;
import dev.focal.pricing.PricingExceptions.InvalidPrice;
import dev.focal.pricing.PricingExceptions.PriceListCodeTaken;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Price lists per channel and currency with their validity; a click opens a list's prices. */
@Route(value = "price-lists", layout = MainLayout.class)
@PageTitle("Price lists")
@Menu(title = "Price lists", order = 1, icon = "vaadin:money")
@MenuArea(Area.PRICING)
@AllowedFor(PricingAccess.READERS)
class PriceListsView extends VerticalLayout {

    final Grid<PriceListSummary> grid = new Grid<>();
    final Button add = new Button("Add price list", VaadinIcon.PLUS.create());

    PriceListsView(PriceLists priceLists) {
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(PricingForms.canEdit());
        grid.addColumn(PriceListSummary::code).setHeader("Code").setSortProperty("code").setAutoWidth(true);
        grid.addColumn(PriceListSummary::name).setHeader("Name").setSortProperty("name").setFlexGrow(1);
        grid.addColumn(PriceListSummary::channel).setHeader("Channel").setSortProperty("channel").setAutoWidth(true);
        grid.addColumn(PriceListSummary::currency).setHeader("Currency").setSortProperty("currency").setAutoWidth(true);
        grid.addColumn(l -> l.pricesIncludeTax() ? "Gross" : "Net").setHeader("Prices").setAutoWidth(true);
        grid.addColumn(l -> Formats.dateTime(l.validFrom())).setHeader("Valid from").setSortProperty("validFrom")
                .setAutoWidth(true);
        grid.addColumn(l -> Formats.dateTime(l.validTo())).setHeader("Valid to").setSortProperty("validTo")
                .setAutoWidth(true);
        grid.setItemsPageable(pageable -> priceLists.find(pageable).getContent(), pageable -> priceLists.count());

        add.addClickListener(e -> createDialog(priceLists).open());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PriceListView.class,
                e.getItem().id().toString())));
        setSizeFull();
        add(new HorizontalLayout(add), grid);
    }

    Dialog createDialog(PriceLists priceLists) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Add price list");
        var code = new TextField("Code");
        code.setHelperText("Lower-case letters, digits and dashes, like web-eur.");
        var name = new TextField("Name");
        var channel = new Select<Channel>();
        channel.setLabel("Channel");
        channel.setItems(Channel.values());
        channel.setValue(Channel.WEB);
        var currency = new TextField("Currency");
        currency.setValue("EUR");
        var gross = new Checkbox("Prices include tax", true);
        var validFrom = new DateTimePicker("Valid from");
        validFrom.setValue(LocalDateTime.now(Formats.ZONE).truncatedTo(ChronoUnit.HOURS));
        var validTo = new DateTimePicker("Valid to");
        var errors = new FieldErrors().bind("code", code).bind("name", name).bind("channel", channel)
                .bind("currency", currency).bind("validFrom", validFrom).bind("validTo", validTo);
        var save = new Button("Save", e -> {
            errors.clear();
            try {
                var id = priceLists.create(new CreatePriceList(code.getValue(), name.getValue(), channel.getValue(),
                        currency.getValue(), gross.getValue(), PricingForms.instant(validFrom.getValue()),
                        PricingForms.instant(validTo.getValue())));
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(PriceListView.class, id.toString()));
            } catch (InvalidPrice | PriceListCodeTaken bad) {
                errors.show(bad);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(code, name, channel, currency, gross, validFrom, validTo);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        return dialog;
    }
}
