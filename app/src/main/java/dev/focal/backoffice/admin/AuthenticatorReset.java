package dev.focal.backoffice.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.focal.identity.StaffSecondFactor;
import dev.focal.identity.StaffUserSummary;

/**
 * An admin removes a member's authenticator app after a lost phone (ADR 0018), after a confirmation; the member
 * sets up a new one at their next sign-in when their roles require it. Audited by {@link StaffSecondFactor}.
 */
final class AuthenticatorReset {

    static final String BUTTON = "Reset authenticator";

    private AuthenticatorReset() {
    }

    /** The footer button, shown only when the member has an authenticator to reset. */
    static Button button(StaffSecondFactor secondFactor, StaffUserSummary user, Runnable onDone) {
        var button = new Button(BUTTON, e -> confirm(secondFactor, user, onDone));
        button.setVisible(secondFactor.state(user.id()).enrolled());
        return button;
    }

    private static void confirm(StaffSecondFactor secondFactor, StaffUserSummary user, Runnable onDone) {
        var dialog = new ConfirmDialog("Reset the authenticator of " + user.username() + "?",
                "Their authenticator app and recovery codes stop working at once. "
                        + "Do this only when you are sure who is asking, for example after a lost phone. "
                        + "They set up a new authenticator at their next sign-in.",
                "Reset authenticator", e -> {
                    secondFactor.resetFor(user.id());
                    Notification.show("Authenticator of " + user.username() + " reset.", 3000,
                            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    onDone.run();
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }
}
