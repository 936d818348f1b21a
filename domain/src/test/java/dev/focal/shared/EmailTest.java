package dev.focal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmailTest {

    @Test
    void an_address_is_trimmed_and_lower_cased() {
        assertThat(Email.of("  Jane.Doe+Glasses@Example.COM ").value()).isEqualTo("jane.doe+glasses@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plainaddress", "@example.com", "jane@", "jane@example", "jane..doe@example.com",
            "jane doe@example.com", "jane@-example.com"})
    void malformed_addresses_are_rejected_with_a_readable_message(String input) {
        assertThatThrownBy(() -> Email.of(input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Enter an e-mail address like name@example.com.");
    }

    @Test
    void a_blank_address_asks_for_one() {
        assertThatThrownBy(() -> Email.of("  ")).hasMessage("Enter your e-mail address.");
    }
}
