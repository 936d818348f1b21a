package dev.focal.backoffice.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.focal.identity.ApiTokens;
import dev.focal.identity.IdentityExceptions.InvalidApiToken;

/** An admin sets the longest an API token may live; lowering it stops older tokens at once (ADR 0016). */
class ApiTokenLifetimeDialog extends Dialog {

    final IntegerField days = new IntegerField("Longest API token lifetime (days)");
    final Button save = new Button("Save");

    ApiTokenLifetimeDialog(ApiTokens tokens) {
        setHeaderTitle("API token lifetime");
        days.setValue(tokens.maxLifetimeDays());
        days.setMin(ApiTokens.MIN_LIFETIME_DAYS);
        days.setMax(ApiTokens.MAX_LIFETIME_DAYS);
        days.setStepButtonsVisible(true);
        days.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            days.setInvalid(false);
            if (days.getValue() == null) {
                days.setErrorMessage("Enter a number of days.");
                days.setInvalid(true);
                return;
            }
            try {
                tokens.setMaxLifetimeDays(days.getValue());
                Notification.show("API tokens now live at most " + days.getValue() + " days.", 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
            } catch (InvalidApiToken invalid) {
                days.setErrorMessage(invalid.getMessage());
                days.setInvalid(true);
            }
        });
        add(new Paragraph("New tokens can be made for at most this many days, and a token older than this stops "
                + "working, whatever expiry it was given."), days);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(28rem, 95vw)");
    }
}
