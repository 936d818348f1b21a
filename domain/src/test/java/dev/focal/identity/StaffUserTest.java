package dev.focal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffUserTest {

    static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    static StaffUser user() {
        return new StaffUser(Username.of("Lab.Tech"), "Lab Tech", Set.of(Role.OPTICIAN), "{noop}x", T0);
    }

    @Test
    void usernames_are_lower_cased_and_checked() {
        assertThat(Username.of(" Lab.Tech ").value()).isEqualTo("lab.tech");
        assertThatThrownBy(() -> Username.of("ab")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Username.of("has space")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StaffUser(Username.of("norole"), "No Role", Set.of(), "{noop}x", T0))
                .hasMessage("Choose at least one role.");
    }

    @Test
    void disabling_new_roles_and_a_new_password_end_earlier_sessions_and_a_new_name_does_not() {
        var user = user();
        long signedIn = user.toPrincipal().sessionVersion();

        user.update("Lab Technician", Set.of(Role.OPTICIAN));
        assertThat(user.sessionVersion()).as("a new name").isEqualTo(signedIn);

        user.update("Lab Technician", Set.of(Role.OPTICIAN, Role.WAREHOUSE));
        long afterRoles = user.sessionVersion();
        assertThat(afterRoles).as("new roles").isGreaterThan(signedIn);

        user.changePassword("{noop}y");
        long afterPassword = user.sessionVersion();
        assertThat(afterPassword).as("a new password").isGreaterThan(afterRoles);

        user.disable();
        assertThat(user.sessionVersion()).as("disabled").isGreaterThan(afterPassword);
        assertThat(user.toPrincipal().sessionVersion()).isEqualTo(user.sessionVersion());
    }
}
