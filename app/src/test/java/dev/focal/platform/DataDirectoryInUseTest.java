package dev.focal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalyzer;

class DataDirectoryInUseTest {

    @TempDir
    Path dataDir;

    @Test
    void the_analyzer_says_in_one_line_which_directory_is_in_use_and_what_to_do() {
        var failure = new BeanCreationException("embeddedPostgres", "Failed to instantiate",
                new DataDirectoryInUseException(Path.of("/srv/focal")));

        var analysis = new DataDirectoryInUseFailureAnalyzer().analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("Another Focal", "/srv/focal").doesNotContain("\n");
        assertThat(analysis.getAction()).contains("Stop the other Focal", "FOCAL_DATA_DIR");
    }

    @Test
    void the_analyzer_is_registered_with_spring_boot() throws java.io.IOException {
        var registered = new StringBuilder();
        var resources = getClass().getClassLoader().getResources("META-INF/spring.factories");
        while (resources.hasMoreElements()) {
            try (var in = resources.nextElement().openStream()) {
                var properties = new Properties();
                properties.load(in);
                registered.append(properties.getProperty(FailureAnalyzer.class.getName(), "")).append(',');
            }
        }
        assertThat(registered.toString().split("\\s*,\\s*"))
                .contains(DataDirectoryInUseFailureAnalyzer.class.getName());
    }

    @Test
    void starting_on_a_directory_whose_database_lock_this_process_holds_is_refused_by_name() throws Exception {
        Path lockFile = Files.createDirectories(dataDir.resolve("postgres")).resolve("epg-lock");
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var ignored = channel.tryLock()) {
            assertThatThrownBy(() -> new DatabaseConfiguration().embeddedPostgres(dataDir.toString(), "off"))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining(dataDir.toAbsolutePath().toString());
        }
    }

    @Test
    void a_second_start_on_the_directory_of_a_running_embedded_database_is_refused_by_name() throws Exception {
        try (var first = new DatabaseConfiguration().embeddedPostgres(dataDir.toString(), "off")) {
            assertThat(first.jdbcUrl()).startsWith("jdbc:postgresql:");

            assertThatThrownBy(() -> new DatabaseConfiguration().embeddedPostgres(dataDir.toString(), "off"))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining(dataDir.toAbsolutePath().toString());
        }
    }

    @Test
    void starting_on_a_directory_whose_database_lock_another_process_holds_is_refused_by_name() throws Exception {
        Path lockFile = Files.createDirectories(dataDir.resolve("postgres")).resolve("epg-lock");
        Path holder = dataDir.resolve("HoldLock.java");
        Files.writeString(holder, """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                class HoldLock {
                    public static void main(String[] args) throws Exception {
                        try (var channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                             var lock = channel.lock()) {
                            System.out.println("locked");
                            System.in.read();
                        }
                    }
                }
                """);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process other = new ProcessBuilder(java, holder.toString(), lockFile.toString()).redirectErrorStream(true).start();
        try {
            var out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");

            assertThatThrownBy(() -> new DatabaseConfiguration().embeddedPostgres(dataDir.toString(), "off"))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining(dataDir.toAbsolutePath().toString());
        } finally {
            other.destroy();
            other.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
