package dev.focal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.FocalApplication;
import dev.focal.IntegrationTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stops Focal the way Docker and systemd do (SIGTERM) while a request is in flight. Focal runs in a child JVM on
 * the test classpath with a fresh data directory, so it starts its own embedded PostgreSQL as in production.
 * The slow request is a health check that takes {@link SlowRequestHealthIndicator#DURATION}: a test-source
 * health indicator active only in this test's profile, in a health group of its own.
 */
class StoppingTheAppTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(10);

    @TempDir
    Path dataDir;

    @Test
    void sigterm_drains_the_request_in_flight_stops_the_database_last_and_exits_within_ten_seconds()
            throws Exception {
        int port = freePort();
        // The actuator has a port of its own (FOCAL_MANAGEMENT_PORT); the slow request is a health check there.
        int managementPort = freePort();
        Path log = dataDir.resolve("focal.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                FocalApplication.class.getName(),
                "--server.port=" + port,
                "--management.server.port=" + managementPort,
                "--focal.data-dir=" + dataDir,
                "--focal.rx.key=" + IntegrationTest.RX_KEY,
                "--focal.db.embedded-durable=off",
                "--spring.profiles.active=" + SlowRequestHealthIndicator.PROFILE,
                "--management.endpoint.health.group.slow.include=slowRequest",
                "--logging.level.org.springframework.scheduling.concurrent=debug"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("FOCAL_") || name.equals("SERVER_PORT")
                || name.equals("MANAGEMENT_SERVER_PORT"));
        Process app = builder.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            awaitTrue(START_TIMEOUT, () -> app.isAlive() && answers200(http, managementPort, "/actuator/health/readiness"),
                    app, log, "Focal did not become ready");

            CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
                    get(managementPort, "/actuator/health/slow"), HttpResponse.BodyHandlers.ofString());
            awaitTrue(Duration.ofSeconds(30), () -> read(log).contains(SlowRequestHealthIndicator.STARTED),
                    app, log, "The slow request did not start");

            long sent = System.nanoTime();
            app.destroy();
            boolean exited = app.waitFor(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - sent);

            String output = read(log);
            assertThat(exited).as("exited within %s after SIGTERM; log:%n%s", STOP_LIMIT, tail(output)).isTrue();
            assertThat(inFlight.get(5, TimeUnit.SECONDS).statusCode()).as("the request in flight").isEqualTo(200);
            assertThat(took).isGreaterThanOrEqualTo(SlowRequestHealthIndicator.DURATION.minusSeconds(1));

            String stopping = output.substring(output.indexOf("Commencing graceful shutdown"));
            assertThat(stopping).as("the log while stopping")
                    .doesNotContain("\tat ", "PSQLException", "Connection refused", "Connection is not available")
                    .containsSubsequence(
                            "Graceful shutdown complete",
                            "BackgroundJobServer and BackgroundJobPerformers stopped",
                            "Shutting down ExecutorService 'applicationTaskExecutor'",
                            "focal - Shutdown completed",
                            "Embedded PostgreSQL stopped");
        } finally {
            stop(app);
        }
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).build();
    }

    private static boolean answers200(HttpClient http, int port, String path) {
        try {
            return http.send(get(port, path), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void awaitTrue(Duration timeout, BooleanSupplier condition, Process app, Path log, String failure)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (!app.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError(failure + "; log:\n" + tail(read(log)));
            }
            Thread.sleep(200);
        }
    }

    /** Stops a child that is still running after a failure, letting its hooks stop PostgreSQL if they can. */
    private static void stop(Process app) throws InterruptedException {
        if (app.isAlive()) {
            app.destroy();
            if (!app.waitFor(90, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String tail(String output) {
        return output.substring(Math.max(0, output.length() - 6_000));
    }
}
