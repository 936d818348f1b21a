package dev.focal.backoffice.admin;

import dev.focal.backoffice.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.IntegrationTest;
import dev.focal.identity.Role;
import dev.focal.identity.StaffUserFilter;
import dev.focal.identity.StaffUserService;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@IntegrationTest
class StaffUserFormTest extends KaribuTest {

    @Autowired
    StaffUserService staff;

    @BeforeEach
    void openTheForm() {
        signInAs("form-admin", Role.ADMIN);
        UI.getCurrent().navigate(StaffUsersView.class);
        _click(_get(Button.class, spec -> spec.withText("Add staff user")));
    }

    // Karibu's _setValue calls an AbstractFieldSupport method that Vaadin 25 removed; setValue is equivalent here.
    @SuppressWarnings("unchecked")
    private void fill(String username, String password) {
        _get(TextField.class, spec -> spec.withLabel("Username")).setValue(username);
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Form Tester");
        ((CheckboxGroup<Role>) _get(CheckboxGroup.class, spec -> spec.withLabel("Roles"))).setValue(Set.of(Role.BUYER));
        _get(PasswordField.class, spec -> spec.withLabel("Password")).setValue(password);
        _get(PasswordField.class, spec -> spec.withLabel("Password again")).setValue(password);
        _click(_get(Button.class, spec -> spec.withText("Save")));
    }

    @Test
    void a_duplicate_username_is_rejected_at_the_username_field() {
        fill("admin", "a fine long passphrase");

        var username = _get(TextField.class, spec -> spec.withLabel("Username"));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("The username admin is already taken.");
    }

    @Test
    void a_weak_password_is_rejected_at_the_password_field_and_nothing_is_saved() {
        String name = "weak-" + UUID.randomUUID().toString().substring(0, 8);
        fill(name, "short");

        var password = _get(PasswordField.class, spec -> spec.withLabel("Password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Use at least 10 characters.");
        assertThat(staff.count(new StaffUserFilter(name, null, true))).isZero();
    }

    @Test
    void a_missing_role_and_a_malformed_username_are_shown_at_their_fields() {
        String name = "norole-" + UUID.randomUUID().toString().substring(0, 8);
        _get(TextField.class, spec -> spec.withLabel("Username")).setValue(name);
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("No Role");
        _get(PasswordField.class, spec -> spec.withLabel("Password")).setValue("a fine long passphrase");
        _get(PasswordField.class, spec -> spec.withLabel("Password again")).setValue("a fine long passphrase");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        var roles = _get(CheckboxGroup.class, spec -> spec.withLabel("Roles"));
        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage()).isEqualTo("Choose at least one role.");
        assertThat(staff.count(new StaffUserFilter(name, null, true))).isZero();

        fill("x y", "a fine long passphrase");
        var username = _get(TextField.class, spec -> spec.withLabel("Username"));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).startsWith("Use 3 to 64 letters");
    }

    @Test
    void a_valid_form_creates_the_user_and_closes_the_dialog() {
        String name = "valid-" + UUID.randomUUID().toString().substring(0, 8);
        fill(name, "a fine long passphrase");

        assertThat(staff.find(new StaffUserFilter(name, null, true), PageRequest.of(0, 1)).getContent())
                .singleElement().satisfies(user -> assertThat(user.roles()).containsExactly(Role.BUYER));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(StaffUserDialog.class)).isEmpty();
    }
}
