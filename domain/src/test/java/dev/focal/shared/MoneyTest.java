package dev.focal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amounts_live_at_the_currency_scale_and_round_half_up() {
        assertThat(Money.of("10", "EUR").amount()).isEqualByComparingTo("10.00").hasScaleOf(2);
        assertThat(Money.of("0.125", "EUR").amount()).isEqualTo(new BigDecimal("0.13"));
        assertThat(Money.of("100", "JPY").amount()).hasScaleOf(0);
        assertThat(Money.of("19.99", "EUR").percent(new BigDecimal("15"))).isEqualTo(Money.of("3.00", "EUR"));
    }

    @Test
    void currencies_do_not_mix_and_bad_amounts_are_explained() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .hasMessage("Cannot combine EUR with USD.");
        assertThatThrownBy(() -> Money.of("12,5x", "EUR")).hasMessage("Enter an amount like 129.90.");
    }

    @Test
    void arithmetic_is_exact() {
        var a = Money.of("0.10", "EUR");
        var sum = Money.zero(a.currency());
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(a);
        }
        assertThat(sum).isEqualTo(Money.of("1.00", "EUR"));
        assertThat(Money.of("5.00", "EUR").minus(Money.of("7.50", "EUR")).isNegative()).isTrue();
        assertThat(Money.of("2.50", "EUR").times(3)).isEqualTo(Money.of("7.50", "EUR"));
    }
}
