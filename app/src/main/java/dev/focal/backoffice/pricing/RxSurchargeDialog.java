package dev.focal.backoffice.pricing;

import dev.focal.backoffice.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.pricing.PricingExceptions.ChangedBySomeoneElse;
import dev.focal.pricing.PricingExceptions.InvalidSurcharge;
import dev.focal.pricing.RxSurcharge;
import dev.focal.pricing.RxSurchargeDetails;
import dev.focal.pricing.RxSurchargeDraft;
import dev.focal.pricing.RxSurcharges;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Adds, edits or deletes an Rx surcharge rule. */
class RxSurchargeDialog extends Dialog {

    final Select<RxSurcharge.Kind> kind = new Select<>();
    final BigDecimalField threshold = new BigDecimalField("Applies above");
    final BigDecimalField amount = new BigDecimalField("Amount per pair");
    final TextField currency = new TextField("Currency");
    final Button save = new Button("Save");
    final Button delete = new Button("Delete");

    private final FieldErrors errors = new FieldErrors();

    RxSurchargeDialog(RxSurcharges surcharges, @Nullable RxSurchargeDetails existing, Runnable onChange) {
        setHeaderTitle(existing == null ? "Add surcharge rule" : "Surcharge rule");
        setWidth("min(32rem, 95vw)");
        kind.setLabel("For");
        kind.setItems(RxSurcharge.Kind.values());
        kind.setItemLabelGenerator(RxSurcharge.Kind::label);
        currency.setMaxLength(3);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        boolean editor = PricingForms.canEdit();
        save.setVisible(editor);
        delete.setVisible(editor && existing != null);
        errors.bind("kind", kind).bind("threshold", threshold).bind("amount", amount).bind("currency", currency);

        kind.addValueChangeListener(e -> {
            threshold.setVisible(e.getValue() != RxSurcharge.Kind.PRISM);
            threshold.setSuffixComponent(new com.vaadin.flow.component.html.Span(
                    e.getValue() == null ? "" : RxSurchargesView.unit(e.getValue())));
        });
        if (existing == null) {
            kind.setValue(RxSurcharge.Kind.HIGH_POWER);
            currency.setValue("EUR");
        } else {
            kind.setValue(existing.draft().kind());
            threshold.setValue(existing.draft().threshold());
            amount.setValue(existing.draft().amount());
            currency.setValue(existing.draft().currency());
        }
        save.addClickListener(e -> {
            errors.clear();
            var draft = new RxSurchargeDraft(kind.getValue(),
                    threshold.getValue() == null && kind.getValue() == RxSurcharge.Kind.PRISM ? BigDecimal.ZERO
                            : threshold.getValue(), amount.getValue(), currency.getValue());
            try {
                if (existing == null) {
                    surcharges.create(draft);
                } else {
                    surcharges.update(existing.id(), existing.version(), draft);
                }
                FieldErrors.success("Surcharge rule saved.");
                onChange.run();
                close();
            } catch (InvalidSurcharge bad) {
                errors.show(bad);
            } catch (ChangedBySomeoneElse stale) {
                FieldErrors.error(stale.getMessage());
            }
        });
        delete.addClickListener(e -> {
            try {
                surcharges.delete(existing.id(), existing.version());
                FieldErrors.success("Surcharge rule deleted.");
                onChange.run();
                close();
            } catch (ChangedBySomeoneElse stale) {
                FieldErrors.error(stale.getMessage());
            }
        });
        var form = new FormLayout(kind, threshold, amount, currency);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("20rem", 2));
        add(form);
        getFooter().add(delete, new Button("Cancel", e -> close()), save);
    }
}
