package dev.focal.backoffice.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.identity.CreateStaffUser;
import dev.focal.identity.IdentityExceptions.CannotChangeOwnAccess;
import dev.focal.identity.IdentityExceptions.InvalidStaffUser;
import dev.focal.identity.IdentityExceptions.StaffUserChanged;
import dev.focal.identity.IdentityExceptions.UsernameTaken;
import dev.focal.identity.Role;
import dev.focal.identity.StaffSecondFactor;
import dev.focal.identity.StaffUserService;
import dev.focal.identity.StaffUserSummary;
import dev.focal.identity.UpdateStaffUser;
import dev.focal.shared.PasswordPolicy;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Adds or edits a staff user. Errors appear at the field they concern; a concurrent edit by another admin
 * is reported instead of being overwritten.
 */
class StaffUserDialog extends Dialog {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final PasswordField password = new PasswordField("Password");
    final PasswordField repeat = new PasswordField("Password again");
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel", e -> close());
    final Button toggleEnabled = new Button();
    final Button resetPassword = new Button("Reset password");

    private final StaffUserService staff;
    private final Runnable onChange;
    private final @Nullable StaffUserSummary existing;

    private StaffUserDialog(StaffUserService staff, @Nullable StaffSecondFactor secondFactor,
                            @Nullable StaffUserSummary existing, Runnable onChange) {
        this.staff = staff;
        this.existing = existing;
        this.onChange = onChange;
        setHeaderTitle(existing == null ? "Add staff user" : "Staff user " + existing.username());
        setWidth("min(40rem, 95vw)");

        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> role.label() + " — " + role.description());
        roles.addClassName("roles");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. Pass it on in person; "
                + "the user can change it under My account.");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (existing == null) {
            username.setRequired(true);
            username.setHelperText("3 to 64 letters, digits, dots, dashes or underscores.");
            form.add(username, displayName, roles, password, repeat);
            save.addClickListener(e -> create());
        } else {
            displayName.setValue(existing.displayName());
            roles.setValue(existing.roles().isEmpty() ? Set.of() : EnumSet.copyOf(existing.roles()));
            form.add(displayName, roles);
            if (existing.locked()) {
                form.add(new Paragraph("This account is locked after repeated failed sign-ins. "
                        + "Resetting the password lifts the lock."));
            }
            save.addClickListener(e -> update(existing));
            toggleEnabled.setText(existing.enabled() ? "Disable" : "Enable");
            toggleEnabled.addThemeVariants(existing.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            toggleEnabled.addClickListener(e -> toggleEnabled(existing));
            resetPassword.addClickListener(e -> PasswordResetDialog.open(staff, existing, onChange));
            getFooter().add(toggleEnabled, resetPassword);
            if (secondFactor != null) {
                getFooter().add(AuthenticatorReset.button(secondFactor, existing, () -> {
                    onChange.run();
                    close();
                }));
            }
        }
        add(form);
        getFooter().add(cancel, save);
    }

    static StaffUserDialog create(StaffUserService staff, Runnable onChange) {
        return new StaffUserDialog(staff, null, null, onChange);
    }

    static StaffUserDialog edit(StaffUserService staff, StaffSecondFactor secondFactor, StaffUserSummary user,
                                Runnable onChange) {
        return new StaffUserDialog(staff, secondFactor, user, onChange);
    }

    private void create() {
        clearErrors();
        if (!password.getValue().equals(repeat.getValue())) {
            invalid(repeat, "The two passwords differ.");
            return;
        }
        try {
            staff.create(new CreateStaffUser(username.getValue(), displayName.getValue(), roles.getValue(),
                    password.getValue()));
            done("Staff user " + username.getValue().strip().toLowerCase(java.util.Locale.ROOT) + " added.");
        } catch (UsernameTaken taken) {
            invalid(username, taken.getMessage());
        } catch (PasswordPolicy.WeakPassword weak) {
            invalid(password, weak.getMessage());
        } catch (InvalidStaffUser bad) {
            showAtField(bad);
        }
    }

    private void update(StaffUserSummary user) {
        clearErrors();
        try {
            staff.update(new UpdateStaffUser(user.id(), user.version(), displayName.getValue(), roles.getValue()));
            done("Staff user " + user.username() + " saved.");
        } catch (StaffUserChanged | CannotChangeOwnAccess refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (InvalidStaffUser bad) {
            showAtField(bad);
        }
    }

    private void toggleEnabled(StaffUserSummary user) {
        try {
            staff.setEnabled(user.id(), user.version(), !user.enabled());
            done("Staff user " + user.username() + (user.enabled() ? " disabled." : " enabled."));
        } catch (StaffUserChanged | CannotChangeOwnAccess refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Shows a validation message from the domain at the field it names. */
    private void showAtField(InvalidStaffUser bad) {
        invalid(switch (bad.staffUserField()) {
            case USERNAME -> username;
            case NAME -> displayName;
            case ROLES -> roles;
        }, bad.getMessage());
    }

    private void done(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        onChange.run();
        close();
    }

    private void clearErrors() {
        username.setInvalid(false);
        displayName.setInvalid(false);
        roles.setInvalid(false);
        password.setInvalid(false);
        repeat.setInvalid(false);
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
