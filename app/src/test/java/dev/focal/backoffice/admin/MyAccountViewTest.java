package dev.focal.backoffice.admin;

import dev.focal.backoffice.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.focal.IntegrationTest;
import dev.focal.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signed in as the demo associate; these cases never change the demo password. */
@IntegrationTest
class MyAccountViewTest extends KaribuTest {

    @BeforeEach
    void open() {
        signInAs("associate", Role.ASSOCIATE);
        UI.getCurrent().navigate(MyAccountView.class);
    }

    private void change(String current, String next, String repeat) {
        _get(PasswordField.class, spec -> spec.withLabel("Current password")).setValue(current);
        _get(PasswordField.class, spec -> spec.withLabel("New password")).setValue(next);
        _get(PasswordField.class, spec -> spec.withLabel("New password again")).setValue(repeat);
        _click(_get(Button.class, spec -> spec.withText("Change password")));
    }

    @Test
    void a_wrong_current_password_is_reported_at_that_field() {
        change("not my password", "a perfectly good passphrase", "a perfectly good passphrase");

        var current = _get(PasswordField.class, spec -> spec.withLabel("Current password"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("The current password is not correct.");
    }

    @Test
    void a_weak_or_mistyped_new_password_is_reported_at_its_field() {
        change("demo", "short", "short");
        var next = _get(PasswordField.class, spec -> spec.withLabel("New password"));
        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).isEqualTo("Use at least 10 characters.");

        change("demo", "a perfectly good passphrase", "a perfectly good passphrasE");
        var repeat = _get(PasswordField.class, spec -> spec.withLabel("New password again"));
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("The two new passwords differ.");
    }
}
