package dev.focal.backoffice.admin;

import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import dev.focal.backoffice.ui.StaffAccess;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.identity.ApiTokenView;
import dev.focal.identity.ApiTokens;
import dev.focal.identity.IdentityExceptions.WrongCurrentPassword;
import dev.focal.identity.StaffSecondFactor;
import dev.focal.identity.StaffUserService;
import dev.focal.platform.StaffSessionCheck;
import dev.focal.shared.PasswordPolicy;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;

/** Every staff member: see their roles, change their own password, and manage personal API tokens. */
@Route(value = "my-account", layout = MainLayout.class)
@PageTitle("My account")
@Menu(title = "My account", order = 900, icon = "vaadin:user")
@PermitAll
class MyAccountView extends VerticalLayout {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField next = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("New password again");
    final Button change = new Button("Change password");

    final Button createToken = new Button("Create token");
    final Grid<ApiTokenView> tokens = new Grid<>(ApiTokenView.class, false);
    final TextField newToken = new TextField("Your new token");

    MyAccountView(StaffUserService staff, ApiTokens apiTokens, StaffSecondFactor secondFactor) {
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
                // Every other session of this user ends; this one goes on (ADR 0016)
                StaffSessionCheck.keepCurrentSession(staff.changeOwnPassword(current.getValue(), next.getValue()));
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
        add(new SecondFactorSection(secondFactor));
        addTokens(apiTokens);
    }

    private void addTokens(ApiTokens apiTokens) {
        newToken.setReadOnly(true);
        newToken.setWidthFull();
        newToken.setHelperText("Copy it now: it is shown only once. Send it as 'Authorization: Bearer <token>' to /api/v1.");
        newToken.setVisible(false);
        tokens.addColumn(ApiTokenView::name).setHeader("Name").setAutoWidth(true);
        tokens.addColumn(t -> t.prefix() + "…").setHeader("Starts with").setAutoWidth(true);
        tokens.addColumn(t -> Formats.dateTime(t.createdAt())).setHeader("Created").setAutoWidth(true);
        tokens.addColumn(t -> t.lastUsedAt() == null ? "never" : Formats.dateTime(t.lastUsedAt())).setHeader("Last used")
                .setAutoWidth(true);
        tokens.addColumn(t -> Formats.dateTime(t.expiresAt())).setHeader("Expires").setAutoWidth(true);
        tokens.addColumn(t -> t.revokedAt() != null ? "revoked" : t.usable(Instant.now()) ? "active" : "expired")
                .setHeader("State").setAutoWidth(true);
        tokens.addComponentColumn(t -> {
            var revoke = new Button("Revoke", e -> {
                apiTokens.revoke(t.id());
                tokens.setItems(apiTokens.mine());
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setEnabled(t.revokedAt() == null);
            return revoke;
        }).setHeader("");
        tokens.setAllRowsVisible(true);
        tokens.setItems(apiTokens.mine());
        createToken.addClickListener(e -> new ApiTokenDialog(apiTokens, token -> {
            newToken.setValue(token);
            newToken.setVisible(true);
            tokens.setItems(apiTokens.mine());
        }).open());
        add(new H3("API tokens"), new Paragraph("Personal tokens let scripts call the REST API with your roles."),
                createToken, newToken, tokens);
    }
}
