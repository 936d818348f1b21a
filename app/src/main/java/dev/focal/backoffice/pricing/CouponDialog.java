package dev.focal.backoffice.pricing;

import dev.focal.backoffice.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.pricing.CouponDetails;
import dev.focal.pricing.CouponDraft;
import dev.focal.pricing.Coupons;
import dev.focal.pricing.PricingExceptions.ChangedBySomeoneElse;
import dev.focal.pricing.PricingExceptions.InvalidCoupon;
import org.jspecify.annotations.Nullable;

/** Adds or edits a coupon; errors at their field, a concurrent change keeps the dialog open with a message. */
class CouponDialog extends Dialog {

    final TextField code = new TextField("Code");
    final TextField description = new TextField("Description");
    final IntegerField totalLimit = new IntegerField("Total limit");
    final IntegerField perCustomerLimit = new IntegerField("Limit per customer");
    final DateTimePicker expiresAt = new DateTimePicker("Expires");
    final Button save = new Button("Save");

    private final FieldErrors errors = new FieldErrors();

    CouponDialog(Coupons coupons, @Nullable CouponDetails existing, Runnable onChange) {
        setHeaderTitle(existing == null ? "Add coupon" : "Coupon " + existing.code());
        setWidth("min(36rem, 95vw)");
        code.setHelperText("3 to 40 letters, digits or dashes, like WELCOME-10.");
        totalLimit.setHelperText("Orders in total; empty means unlimited.");
        perCustomerLimit.setHelperText("Empty means unlimited.");
        expiresAt.setHelperText("Empty means it never expires.");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(PricingForms.canEdit());
        errors.bind("code", code).bind("description", description).bind("totalLimit", totalLimit)
                .bind("perCustomerLimit", perCustomerLimit).bind("expiresAt", expiresAt);

        var form = new FormLayout(code, description, totalLimit, perCustomerLimit, expiresAt);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            description.setValue(existing.description());
            totalLimit.setValue(existing.totalLimit());
            perCustomerLimit.setValue(existing.perCustomerLimit());
            expiresAt.setValue(PricingForms.local(existing.expiresAt()));
            add(new Paragraph("Redeemed " + existing.timesRedeemed() + " times by " + existing.customersRedeemed()
                    + " known customers."));
        }
        add(form);
        save.addClickListener(e -> {
            errors.clear();
            var draft = new CouponDraft(code.getValue(), description.getValue(), totalLimit.getValue(),
                    perCustomerLimit.getValue(), PricingForms.instant(expiresAt.getValue()));
            try {
                if (existing == null) {
                    coupons.create(draft);
                } else {
                    coupons.update(existing.version(), draft);
                }
                FieldErrors.success("Coupon " + draft.code().strip().toUpperCase(java.util.Locale.ROOT) + " saved.");
                onChange.run();
                close();
            } catch (InvalidCoupon bad) {
                errors.show(bad);
            } catch (ChangedBySomeoneElse stale) {
                FieldErrors.error(stale.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
