package dev.focal.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void a_long_phrase_is_accepted() {
        assertThatCode(() -> PasswordPolicy.check("correct horse battery staple", "jane@example.com"))
                .doesNotThrowAnyException();
    }

    @Test
    void short_common_repetitive_or_self_naming_passwords_are_refused() {
        assertThatThrownBy(() -> PasswordPolicy.check("nine char", "x")).hasMessage("Use at least 10 characters.");
        assertThatThrownBy(() -> PasswordPolicy.check("Password123", "x"))
                .hasMessageContaining("most common");
        assertThatThrownBy(() -> PasswordPolicy.check("aaaaaaaaaaaa", "x")).hasMessage("Use more different characters.");
        assertThatThrownBy(() -> PasswordPolicy.check("jane.doe-is-me-2026", "Jane.Doe@example.com"))
                .hasMessageContaining("must not contain your username");
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(60) + "y".repeat(69), "x"))
                .hasMessage("Use at most 128 characters.");
    }
}
