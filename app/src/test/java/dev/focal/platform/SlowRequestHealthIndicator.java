package dev.focal.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A health check that takes {@link #DURATION}: the request in flight of {@link StoppingTheAppTest}. A test-source
 * component like {@link FailingJob}, but active only in that test's profile (its child JVM).
 */
@Component
@Profile(SlowRequestHealthIndicator.PROFILE)
class SlowRequestHealthIndicator implements HealthIndicator {

    static final String PROFILE = "slow-request-test";
    static final String STARTED = "Slow request started";
    static final Duration DURATION = Duration.ofSeconds(3);

    private static final Logger log = LoggerFactory.getLogger(SlowRequestHealthIndicator.class);

    @Override
    public Health health() {
        log.info(STARTED);
        try {
            Thread.sleep(DURATION);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("interrupted", true).build();
        }
        return Health.up().build();
    }
}
