package dev.focal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on the test PostgreSQL, with MockMvc. Every test class using it shares one cached
 * Spring context, so tests create their own uniquely named data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "focal.data-dir=target/test-data",
        "jobrunr.background-job-server.poll-interval-in-seconds=5",
        "focal.demo=true"
})
@AutoConfigureMockMvc
public @interface IntegrationTest {
}
