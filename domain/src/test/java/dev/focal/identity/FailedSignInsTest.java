package dev.focal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailedSignInsTest {

    static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void the_fifth_failure_in_a_row_locks_for_fifteen_minutes() {
        var failures = FailedSignIns.none();
        for (int i = 1; i <= 4; i++) {
            failures = failures.plusOne(T0.plusSeconds(i));
            assertThat(failures.isLocked(T0.plusSeconds(i))).isFalse();
        }
        failures = failures.plusOne(T0.plusSeconds(5));

        assertThat(failures.isLocked(T0.plusSeconds(5))).isTrue();
        assertThat(failures.isLocked(T0.plusSeconds(5).plus(Duration.ofMinutes(15)).minusMillis(1))).isTrue();
        assertThat(failures.isLocked(T0.plusSeconds(5).plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failures_while_locked_do_not_extend_the_lock_and_counting_restarts_after_it() {
        var failures = FailedSignIns.none();
        for (int i = 1; i <= 5; i++) {
            failures = failures.plusOne(T0);
        }
        failures = failures.plusOne(T0.plusSeconds(60));
        assertThat(failures.isLocked(T0.plus(Duration.ofMinutes(15)))).isFalse();

        var afterLock = failures.plusOne(T0.plus(Duration.ofMinutes(16)));
        assertThat(afterLock.inARow()).isEqualTo(1);
        assertThat(afterLock.isLocked(T0.plus(Duration.ofMinutes(16)))).isFalse();
    }
}
