package dev.focal.backoffice.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.focal.identity.StaffUserService;
import dev.focal.identity.StaffUserSummary;
import dev.focal.shared.PasswordPolicy;

/** An admin sets a new password for a staff user (which also lifts a lockout). */
final class PasswordResetDialog {

    private PasswordResetDialog() {
    }

    static void open(StaffUserService staff, StaffUserSummary user, Runnable onChange) {
        var dialog = new Dialog("New password for " + user.username());
        var password = new PasswordField("New password");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters.");
        password.setWidthFull();
        var save = new Button("Set password", e -> {
            try {
                staff.resetPassword(user.id(), password.getValue());
                Notification.show("Password of " + user.username() + " reset.", 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onChange.run();
                dialog.close();
            } catch (IllegalArgumentException weak) {
                password.setErrorMessage(weak.getMessage());
                password.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(password);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
