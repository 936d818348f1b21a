package dev.focal.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.identity.IdentityExceptions.WrongCurrentPassword;
import dev.focal.identity.StaffUserService;
import dev.focal.shared.PasswordPolicy;
import jakarta.annotation.security.PermitAll;

/** Every staff member: see their roles and change their own password. */
@Route(value = "my-account", layout = MainLayout.class)
@PageTitle("My account")
@PermitAll
class MyAccountView extends VerticalLayout {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField next = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("New password again");
    final Button change = new Button("Change password");

    MyAccountView(StaffUserService staff) {
        next.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; a phrase of several words is easy to remember.");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> {
            current.setInvalid(false);
            next.setInvalid(false);
            repeat.setInvalid(false);
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two new passwords differ.");
                repeat.setInvalid(true);
                return;
            }
            try {
                staff.changeOwnPassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                repeat.clear();
                Notification.show("Your password was changed.", 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (WrongCurrentPassword wrong) {
                current.setErrorMessage(wrong.getMessage());
                current.setInvalid(true);
            } catch (PasswordPolicy.WeakPassword weak) {
                next.setErrorMessage(weak.getMessage());
                next.setInvalid(true);
            }
        });

        var user = StaffAccess.currentUser().orElseThrow();
        var form = new FormLayout(current, next, repeat);
        form.setMaxWidth("28rem");
        add(new Paragraph("Signed in as " + user.getUsername() + " (" + user.displayName() + "), roles: "
                        + String.join(", ", user.roles().stream().sorted().map(r -> r.label()).toList()) + "."),
                new H3("Change password"), form, change);
    }
}
