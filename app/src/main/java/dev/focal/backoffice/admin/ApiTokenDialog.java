package dev.focal.backoffice.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.identity.ApiTokens;
import dev.focal.identity.IdentityExceptions.InvalidApiToken;
import dev.focal.identity.IdentityExceptions.WrongCurrentPassword;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Creates a personal API token: a name, how many days it works (at most the limit an admin set), and the
 * member's password again, so an unattended signed-in browser cannot mint a long-lived credential (ADR 0016).
 * Each problem shows at its field.
 */
class ApiTokenDialog extends Dialog {

    final TextField name = new TextField("Token name");
    final IntegerField days = new IntegerField("Valid for (days)");
    final PasswordField password = new PasswordField("Your password");
    final Button create = new Button("Create token");

    ApiTokenDialog(ApiTokens tokens, Consumer<String> onCreated) {
        setHeaderTitle("New API token");
        int maxDays = tokens.maxLifetimeDays();
        name.setPlaceholder("stock sync, price export...");
        name.setMaxLength(100);
        days.setValue(maxDays);
        days.setMin(1);
        days.setStepButtonsVisible(true);
        days.setHelperText("At most " + maxDays + " days, the limit an administrator set.");
        password.setHelperText("Type your password again to confirm it is you.");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        create.addClickListener(e -> {
            name.setInvalid(false);
            days.setInvalid(false);
            password.setInvalid(false);
            Instant expiresAt = days.getValue() == null ? null : Instant.now().plus(Duration.ofDays(days.getValue()));
            try {
                String token = tokens.create(name.getValue(), expiresAt, password.getValue());
                close();
                onCreated.accept(token);
            } catch (InvalidApiToken invalid) {
                HasValidation field = "expiresAt".equals(invalid.field()) ? days : name;
                field.setErrorMessage(invalid.getMessage());
                field.setInvalid(true);
            } catch (WrongCurrentPassword wrong) {
                password.setErrorMessage("That is not your password.");
                password.setInvalid(true);
            }
        });

        var form = new FormLayout(name, days, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), create);
        setWidth("min(28rem, 95vw)");
    }
}
