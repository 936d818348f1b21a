package dev.focal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on the test PostgreSQL, listening on a random port (for the browser journeys) and
 * with MockMvc. Every test class uses exactly this, so the JVM holds one Spring context: a second one would
 * install a second Vaadin-aware SecurityContextHolder strategy globally and split the security context.
 * Tests therefore create their own uniquely named data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "focal.data-dir=target/test-data",
        "jobrunr.background-job-server.poll-interval-in-seconds=5",
        "focal.demo=true",
        "focal.db.embedded-durable=off",
        // SMTP retries within one delivery attempt wait milliseconds, not seconds
        "focal.providers.smtp.retry-wait=10ms",
        // A fixed prescription key, so test data in target/test-data stays readable across runs
        "focal.rx.key=" + IntegrationTest.RX_KEY,
        // The metrics-only credential (the management port itself is random, as the server port)
        "focal.metrics.username=" + IntegrationTest.METRICS_USERNAME,
        "focal.metrics.password=" + IntegrationTest.METRICS_PASSWORD
})
@AutoConfigureMockMvc
public @interface IntegrationTest {

    /** The prescription encryption key of the test context (base64 of 32 bytes; for tests only). */
    String RX_KEY = "4zoy4gCeaKQpYrhVzpcnY3VC6oNj61uR2o9JYxhuqEE=";

    /** The scraper's metrics-only credential in the test context. */
    String METRICS_USERNAME = "scraper";
    String METRICS_PASSWORD = "test-metrics-secret";
}
