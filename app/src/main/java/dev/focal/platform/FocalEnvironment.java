package dev.focal.platform;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Maps the documented {@code FOCAL_*} variables onto Spring properties that must be absent (not empty)
 * when unset: SMTP (a present-but-empty {@code spring.mail.host} would create a mail sender), the management
 * port, and JSON logs (read before the logging system starts).
 */
class FocalEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> mapped = new HashMap<>();
        String smtpHost = environment.getProperty("FOCAL_SMTP_HOST", "");
        if (!smtpHost.isBlank()) {
            mapped.put("spring.mail.host", smtpHost);
            copy(environment, "FOCAL_SMTP_PORT", "spring.mail.port", mapped);
            copy(environment, "FOCAL_SMTP_USERNAME", "spring.mail.username", mapped);
            copy(environment, "FOCAL_SMTP_PASSWORD", "spring.mail.password", mapped);
            boolean tls = Boolean.parseBoolean(environment.getProperty("FOCAL_SMTP_STARTTLS", "true"));
            mapped.put("spring.mail.properties.mail.smtp.starttls.enable", tls);
            mapped.put("spring.mail.properties.mail.smtp.auth",
                    !environment.getProperty("FOCAL_SMTP_USERNAME", "").isBlank());
        }
        copy(environment, "FOCAL_SMTP_FROM", "focal.mail.from", mapped);
        // Only when asked for: by default the actuator shares the application's port.
        copy(environment, "FOCAL_MANAGEMENT_PORT", "management.server.port", mapped);
        if (Boolean.parseBoolean(environment.getProperty("FOCAL_LOG_JSON", "false"))) {
            mapped.put("logging.structured.format.console", "ecs");
        }
        if (!mapped.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("focalEnvironment", mapped));
        }
    }

    private static void copy(ConfigurableEnvironment environment, String from, String to, Map<String, Object> into) {
        String value = environment.getProperty(from);
        if (value != null && !value.isBlank()) {
            into.put(to, value);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
