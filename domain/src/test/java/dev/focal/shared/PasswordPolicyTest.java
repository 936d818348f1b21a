package dev.focal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class PasswordPolicyTest {

    /** 72 bytes of ASCII: the most bcrypt reads. */
    static final String LONGEST = "the quick brown fox jumps over the lazy dog while the optician grinds 72";
    static final String TOO_LONG_MESSAGE = "At most 72 bytes: about 72 letters, fewer with accents or emoji.";

    @Test
    void a_long_phrase_is_accepted() {
        assertThatCode(() -> PasswordPolicy.check("correct horse battery staple", "jane@example.com"))
                .doesNotThrowAnyException();
    }

    @Test
    void a_passphrase_of_72_bytes_is_accepted_and_hashes_and_verifies_with_the_real_encoder() {
        assertThat(LONGEST.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        assertThatCode(() -> PasswordPolicy.check(LONGEST, "jane@example.com")).doesNotThrowAnyException();

        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String hash = encoder.encode(LONGEST);
        assertThat(encoder.matches(LONGEST, hash)).isTrue();
        assertThat(encoder.matches(LONGEST.substring(0, 71) + "3", hash)).isFalse();
    }

    @Test
    void a_passphrase_over_72_bytes_is_refused_by_the_policy_with_a_message_for_the_field() {
        String ascii73 = LONGEST + "!";
        String accented = "crème brûlée à la française, s'il vous plaît, très sucrée et dorée ü";
        assertThat(accented.length()).isLessThanOrEqualTo(72);
        assertThat(accented.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        String emoji = "glasses 👓 sun 🌞 ".repeat(4);
        assertThat(emoji.length()).isLessThanOrEqualTo(72);

        for (String password : new String[] {ascii73, accented, emoji}) {
            assertThatThrownBy(() -> PasswordPolicy.check(password, "x"))
                    .isInstanceOf(PasswordPolicy.WeakPassword.class).hasMessage(TOO_LONG_MESSAGE);
        }
    }

    @Test
    void short_common_repetitive_or_self_naming_passwords_are_refused() {
        assertThatThrownBy(() -> PasswordPolicy.check("nine char", "x")).hasMessage("Use at least 10 characters.");
        assertThatThrownBy(() -> PasswordPolicy.check("Password123", "x"))
                .hasMessageContaining("most common");
        assertThatThrownBy(() -> PasswordPolicy.check("aaaaaaaaaaaa", "x")).hasMessage("Use more different characters.");
        assertThatThrownBy(() -> PasswordPolicy.check("jane.doe-is-me-2026", "Jane.Doe@example.com"))
                .hasMessageContaining("must not contain your username");
    }
}
