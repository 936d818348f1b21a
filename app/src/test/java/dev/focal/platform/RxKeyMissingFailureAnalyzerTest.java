package dev.focal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.customers.RxKeyMissing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalyzer;

class RxKeyMissingFailureAnalyzerTest {

    @Test
    void a_missing_prescription_key_is_reported_with_how_to_create_one() {
        var failure = new BeanCreationException("rxKeyring", "Failed to instantiate",
                new RxKeyMissing("No prescription encryption key is set (FOCAL_RX_KEY).", RxKeyMissing.HOW_TO_CREATE));

        var analysis = new RxKeyMissingFailureAnalyzer().analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("FOCAL_RX_KEY");
        assertThat(analysis.getAction()).contains("openssl rand -base64 32", "FOCAL_DEMO=true");
    }

    @Test
    void the_analyzer_is_registered_with_spring_boot() throws java.io.IOException {
        var registered = new StringBuilder();
        var resources = getClass().getClassLoader().getResources("META-INF/spring.factories");
        while (resources.hasMoreElements()) {
            try (var in = resources.nextElement().openStream()) {
                var properties = new java.util.Properties();
                properties.load(in);
                registered.append(properties.getProperty(FailureAnalyzer.class.getName(), "")).append(',');
            }
        }
        assertThat(registered.toString().split("\\s*,\\s*")).contains(RxKeyMissingFailureAnalyzer.class.getName());
    }
}
