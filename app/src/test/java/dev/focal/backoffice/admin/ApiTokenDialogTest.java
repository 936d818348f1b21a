package dev.focal.backoffice.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import dev.focal.IntegrationTest;
import dev.focal.backoffice.KaribuTest;
import dev.focal.identity.ApiTokens;
import dev.focal.identity.CreateStaffUser;
import dev.focal.identity.Role;
import dev.focal.identity.StaffUserService;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** My account's token dialog asks for the password and keeps to the lifetime limit an admin sets on Staff users. */
@IntegrationTest
class ApiTokenDialogTest extends KaribuTest {

    static final String PASSWORD = "a long enough passphrase 1";

    @Autowired
    StaffUserService staff;
    @Autowired
    ApiTokens tokens;

    private String newBuyer() {
        String username = "dlg-" + UUID.randomUUID().toString().substring(0, 8);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("admin", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        staff.create(new CreateStaffUser(username, "Dialog Buyer", Set.of(Role.BUYER), PASSWORD));
        SecurityContextHolder.clearContext();
        return username;
    }

    private void fill(String name, Integer days, String password) {
        _click(_get(Button.class, spec -> spec.withText("Create token")));
        var dialog = _get(ApiTokenDialog.class);
        dialog.name.setValue(name);
        dialog.days.setValue(days);
        dialog.password.setValue(password);
        _click(dialog.create);
    }

    @Test
    void a_token_is_created_only_with_the_right_password_and_within_the_lifetime_limit() {
        signInAs(newBuyer(), Role.BUYER);
        UI.getCurrent().navigate(MyAccountView.class);
        int max = tokens.maxLifetimeDays();

        fill("stock sync", max, "not my password");
        var dialog = _get(ApiTokenDialog.class);
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("That is not your password.");
        dialog.close();

        fill("stock sync", max + 1, PASSWORD);
        dialog = _get(ApiTokenDialog.class);
        assertThat(dialog.days.isInvalid()).isTrue();
        assertThat(dialog.days.getErrorMessage()).contains("at most " + max + " days");
        dialog.close();
        assertThat(_get(MyAccountView.class).newToken.isVisible()).as("no token shown yet").isFalse();

        fill("stock sync", 7, PASSWORD);
        assertThat(_find(ApiTokenDialog.class)).isEmpty();
        var shown = _get(MyAccountView.class).newToken;
        assertThat(shown.isVisible()).isTrue();
        assertThat(shown.getValue()).startsWith("focal_");
        assertThat(tokens.authenticate(shown.getValue())).isPresent();
    }

    @Test
    void an_admin_sets_the_lifetime_limit_on_the_staff_users_screen() {
        signInAs("admin", Role.ADMIN);
        int before = tokens.maxLifetimeDays();
        try {
            UI.getCurrent().navigate(StaffUsersView.class);
            _click(_get(Button.class, spec -> spec.withText("API token lifetime")));
            var dialog = _get(ApiTokenLifetimeDialog.class);
            assertThat(dialog.days.getValue()).isEqualTo(before);

            dialog.days.setValue(0);
            _click(dialog.save);
            assertThat(dialog.days.isInvalid()).isTrue();
            assertThat(dialog.days.getErrorMessage()).isEqualTo("Choose between 1 and 3650 days.");

            dialog.days.setValue(30);
            _click(dialog.save);
            assertThat(_find(ApiTokenLifetimeDialog.class)).isEmpty();
            assertThat(tokens.maxLifetimeDays()).isEqualTo(30);
        } finally {
            tokens.setMaxLifetimeDays(before);
        }
    }
}
