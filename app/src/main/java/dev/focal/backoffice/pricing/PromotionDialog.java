package dev.focal.backoffice.pricing;

import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.ui.Formats;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.catalog.Category;
import dev.focal.catalog.Coating;
import dev.focal.pricing.Channel;
import dev.focal.pricing.PricingExceptions.ChangedBySomeoneElse;
import dev.focal.pricing.PricingExceptions.InvalidPromotion;
import dev.focal.pricing.Promotion.Stacking;
import dev.focal.pricing.PromotionDetails;
import dev.focal.pricing.PromotionDraft;
import dev.focal.pricing.PromotionDraft.EffectKind;
import dev.focal.pricing.Promotions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Adds or edits a promotion: its effect (only the parameters of the chosen effect are shown), conditions,
 * validity, priority, stacking and coupon. Errors appear at their field; a save over someone else's change is
 * refused with a message and the dialog stays open with the entered values.
 */
class PromotionDialog extends Dialog {

    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final Select<EffectKind> effect = new Select<>();
    final BigDecimalField percent = new BigDecimalField("Percent off");
    final BigDecimalField amount = new BigDecimalField("Amount");
    final TextField currency = new TextField("Currency");
    final IntegerField buy = new IntegerField("Buy (units)");
    final IntegerField get = new IntegerField("Get (units)");
    final ComboBox<String> coating = new ComboBox<>("Free coating");
    final MultiSelectComboBox<Category> categories = new MultiSelectComboBox<>("Categories");
    final TextField brands = new TextField("Brands");
    final TextField products = new TextField("Product codes");
    final BigDecimalField minimumSubtotal = new BigDecimalField("Minimum subtotal");
    final TextField customerGroups = new TextField("Customer groups");
    final CheckboxGroup<Channel> channels = new CheckboxGroup<>("Channels");
    final DateTimePicker startsAt = new DateTimePicker("Starts");
    final DateTimePicker endsAt = new DateTimePicker("Ends");
    final IntegerField priority = new IntegerField("Priority");
    final RadioButtonGroup<Stacking> stacking = new RadioButtonGroup<>("Stacking");
    final TextField couponCode = new TextField("Coupon code");
    final Checkbox enabled = new Checkbox("Enabled", true);
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel", e -> close());
    final Button delete = new Button("Delete");

    private final Promotions promotions;
    private final Runnable onChange;
    private final FieldErrors errors = new FieldErrors();

    private PromotionDialog(Promotions promotions, @Nullable PromotionDetails existing, Runnable onChange) {
        this.promotions = promotions;
        this.onChange = onChange;
        setHeaderTitle(existing == null ? "Add promotion" : "Promotion " + existing.draft().code());
        setWidth("min(56rem, 95vw)");

        effect.setLabel("Gives");
        effect.setItems(EffectKind.values());
        effect.setItemLabelGenerator(EffectKind::label);
        code.setHelperText("Letters, digits and dashes, like SPRING-20. Fixed once saved.");
        currency.setHelperText("Of the amount and the minimum subtotal, like EUR.");
        currency.setMaxLength(3);
        coating.setItems(Arrays.stream(Coating.values()).map(Coating::name).toList());
        coating.setAllowCustomValue(true);
        coating.addCustomValueSetListener(e -> coating.setValue(e.getDetail()));
        categories.setItems(Category.values());
        categories.setItemLabelGenerator(Category::label);
        brands.setHelperText("Comma-separated; empty means any brand.");
        products.setHelperText("Catalog product codes, comma-separated; empty means any product.");
        customerGroups.setHelperText("Comma-separated; empty means everyone.");
        channels.setItems(Channel.values());
        channels.setHelperText("None ticked means every channel.");
        endsAt.setHelperText("Empty means open-ended.");
        priority.setHelperText("Higher goes first.");
        priority.setStepButtonsVisible(true);
        stacking.setItems(Stacking.values());
        stacking.setItemLabelGenerator(s -> s == Stacking.EXCLUSIVE ? "Exclusive (applies alone)"
                : "Combinable (with other combinable ones)");
        couponCode.setHelperText("Only with this coupon entered; the coupon must exist.");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);

        errors.bind("code", code).bind("name", name).bind("effect", effect).bind("percent", percent)
                .bind("amount", amount).bind("currency", currency).bind("buy", buy).bind("get", get)
                .bind("coating", coating).bind("categories", categories).bind("brands", brands)
                .bind("products", products).bind("minimumSubtotal", minimumSubtotal)
                .bind("customerGroups", customerGroups).bind("channels", channels).bind("startsAt", startsAt)
                .bind("endsAt", endsAt).bind("priority", priority).bind("stacking", stacking)
                .bind("couponCode", couponCode);

        if (existing == null) {
            effect.setValue(EffectKind.PERCENT_OFF);
            startsAt.setValue(LocalDateTime.now(Formats.ZONE).truncatedTo(ChronoUnit.HOURS));
            priority.setValue(0);
            stacking.setValue(Stacking.COMBINABLE);
            save.addClickListener(e -> save(null));
        } else {
            fill(existing.draft());
            code.setReadOnly(true);
            save.addClickListener(e -> save(existing));
            delete.addClickListener(e -> delete(existing));
        }
        effect.addValueChangeListener(e -> showEffectFields());
        showEffectFields();

        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 3));
        form.add(code, name, effect, percent, amount, currency, buy, get, coating);
        form.add(categories, brands, products, minimumSubtotal, customerGroups, channels);
        form.add(startsAt, endsAt, priority, stacking, couponCode, enabled);
        form.setColspan(name, 2);
        form.setColspan(stacking, 2);
        add(form);

        boolean editor = PricingForms.canEdit();
        save.setVisible(editor);
        delete.setVisible(editor && existing != null);
        if (!editor) {
            form.getChildren().filter(HasValue.class::isInstance).forEach(c -> ((HasValue<?, ?>) c).setReadOnly(true));
        }
        getFooter().add(delete, cancel, save);
    }

    static PromotionDialog create(Promotions promotions, Runnable onChange) {
        return new PromotionDialog(promotions, null, onChange);
    }

    static PromotionDialog edit(Promotions promotions, PromotionDetails promotion, Runnable onChange) {
        return new PromotionDialog(promotions, promotion, onChange);
    }

    private void fill(PromotionDraft d) {
        code.setValue(d.code());
        name.setValue(d.name());
        effect.setValue(d.effect());
        percent.setValue(d.percent());
        amount.setValue(d.amount());
        currency.setValue(d.currency() == null ? "" : d.currency());
        buy.setValue(d.buy());
        get.setValue(d.get());
        coating.setValue(d.coating());
        categories.setValue(d.categories().stream().flatMap(c -> Arrays.stream(Category.values())
                .filter(k -> k.name().equals(c))).collect(Collectors.toSet()));
        brands.setValue(PricingForms.text(d.brands()));
        products.setValue(PricingForms.text(d.products()));
        minimumSubtotal.setValue(d.minimumSubtotal());
        customerGroups.setValue(PricingForms.text(d.customerGroups()));
        channels.setValue(d.channels().isEmpty() ? Set.of() : EnumSet.copyOf(d.channels()));
        startsAt.setValue(PricingForms.local(d.startsAt()));
        endsAt.setValue(PricingForms.local(d.endsAt()));
        priority.setValue(d.priority());
        stacking.setValue(d.stacking());
        couponCode.setValue(d.couponCode() == null ? "" : d.couponCode());
        enabled.setValue(d.enabled());
    }

    private void showEffectFields() {
        EffectKind kind = effect.getValue();
        percent.setVisible(kind == EffectKind.PERCENT_OFF || kind == EffectKind.BUY_X_GET_Y);
        amount.setVisible(kind == EffectKind.AMOUNT_OFF || kind == EffectKind.FIXED_PRICE);
        amount.setLabel(kind == EffectKind.FIXED_PRICE ? "Fixed unit price" : "Amount off");
        buy.setVisible(kind == EffectKind.BUY_X_GET_Y);
        get.setVisible(kind == EffectKind.BUY_X_GET_Y);
        coating.setVisible(kind == EffectKind.FREE_COATING);
    }

    PromotionDraft draft() {
        Instant start = PricingForms.instant(startsAt.getValue());
        return new PromotionDraft(code.getValue(), name.getValue(), effect.getValue(), percent.getValue(),
                amount.getValue(), currency.getValue(), buy.getValue(), get.getValue(), coating.getValue(),
                categories.getValue().stream().map(Category::name).collect(Collectors.toSet()),
                PricingForms.list(brands.getValue()), PricingForms.list(products.getValue()),
                minimumSubtotal.getValue(), PricingForms.list(customerGroups.getValue()), channels.getValue(),
                start, PricingForms.instant(endsAt.getValue()), priority.getValue() == null ? 0 : priority.getValue(),
                stacking.getValue(), couponCode.getValue(), enabled.getValue());
    }

    private void save(@Nullable PromotionDetails existing) {
        errors.clear();
        if (startsAt.getValue() == null) {
            errors.show("startsAt", "Enter when the promotion starts.");
            return;
        }
        try {
            if (existing == null) {
                promotions.create(draft());
                done("Promotion " + code.getValue().strip().toUpperCase(java.util.Locale.ROOT) + " added.");
            } else {
                promotions.update(existing.id(), existing.version(), draft());
                done("Promotion " + existing.draft().code() + " saved.");
            }
        } catch (InvalidPromotion bad) {
            errors.show(bad);
        } catch (ChangedBySomeoneElse stale) {
            FieldErrors.error(stale.getMessage());
        }
    }

    private void delete(PromotionDetails existing) {
        try {
            promotions.delete(existing.id(), existing.version());
            done("Promotion " + existing.draft().code() + " deleted.");
        } catch (ChangedBySomeoneElse stale) {
            FieldErrors.error(stale.getMessage());
        }
    }

    private void done(String message) {
        FieldErrors.success(message);
        onChange.run();
        close();
    }
}
