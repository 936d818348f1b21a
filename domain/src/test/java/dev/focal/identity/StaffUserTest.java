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
}
