package dev.focal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The actuator over real HTTP: on its own port (random here, like the server port), health public for probes,
 * Prometheus only with the metrics-only credential; a staff admin's password opens nothing there.
 */
@IntegrationTest
class ActuatorOnTheManagementPortTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int serverPort;
    @LocalManagementPort
    int managementPort;

    @Test
    void the_actuator_answers_on_the_management_port_and_not_on_the_public_one() throws Exception {
        assertThat(managementPort).isNotEqualTo(serverPort);

        var health = get(managementPort, "/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(get(managementPort, "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/health/liveness", null).statusCode()).isEqualTo(200);

        assertThat(get(serverPort, "/actuator/health", null).statusCode()).isEqualTo(404);
        assertThat(get(serverPort, "/actuator/prometheus", basic(IntegrationTest.METRICS_USERNAME,
                IntegrationTest.METRICS_PASSWORD)).statusCode()).isIn(401, 404);
    }

    @Test
    void prometheus_opens_with_the_metrics_credential_and_shows_the_throttles() throws Exception {
        var scrape = get(managementPort, "/actuator/prometheus",
                basic(IntegrationTest.METRICS_USERNAME, IntegrationTest.METRICS_PASSWORD));

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("focal_throttle_rejected_total{throttle=\"sign-in-per-email\"}",
                "focal_throttle_exhausted{throttle=\"password-reset-per-email\"}",
                "focal_throttle_keys{throttle=\"sign-up-per-client\"}");
    }

    @Test
    void an_admin_password_does_not_open_metrics() throws Exception {
        assertThat(get(managementPort, "/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get(managementPort, "/actuator/prometheus", basic("admin", "demo")).statusCode()).isEqualTo(401);
        assertThat(get(managementPort, "/actuator/prometheus", basic(IntegrationTest.METRICS_USERNAME, "demo"))
                .statusCode()).isEqualTo(401);
        assertThat(get(managementPort, "/actuator/info", basic("admin", "demo")).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(int port, String path, @Nullable String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
