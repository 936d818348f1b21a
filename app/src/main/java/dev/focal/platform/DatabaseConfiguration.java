package dev.focal.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one database: the PostgreSQL named by {@code FOCAL_DB_URL}, or else an embedded PostgreSQL 17 whose
 * data lives under {@code FOCAL_DATA_DIR/postgres} and survives restarts (docs/adr/0001).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    /** The lock file io.zonky's EmbeddedPostgres takes in its data directory. */
    private static final String LOCK_FILE = "epg-lock";

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${focal.db.url:}'.isBlank()")
    EmbeddedPostgresServer embeddedPostgres(@Value("${focal.data-dir}") String dataDir,
                                            @Value("${focal.db.embedded-durable:on}") String durable)
            throws IOException {
        Path directory = Path.of(dataDir, "postgres").toAbsolutePath().normalize();
        Files.createDirectories(directory.getParent());
        Path dataDirectory = directory.getParent();
        refuseIfLocked(directory.resolve(LOCK_FILE), dataDirectory);
        log.info("No FOCAL_DB_URL set: starting embedded PostgreSQL with data in {}", directory);
        try {
            return start(directory, durable);
        } catch (IllegalStateException e) {
            // Another Focal took the lock between the check above and the library's own attempt.
            if (e.getMessage() != null && e.getMessage().contains(LOCK_FILE)) {
                throw new DataDirectoryInUseException(dataDirectory);
            }
            throw e;
        }
    }

    private static EmbeddedPostgresServer start(Path directory, String durable) throws IOException {
        return EmbeddedPostgresServer.start(EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "60")
                // The library turns fsync and synchronous_commit off (fine for throwaway test databases); Focal's
                // data must survive a crash, so both are on unless the tests turn them off for speed.
                .setServerConfig("fsync", durable)
                .setServerConfig("full_page_writes", durable)
                .setServerConfig("synchronous_commit", durable));
    }

    /**
     * The library locks {@code epg-lock} in the data directory and, when another process holds it, fails deep in
     * its constructor with a bare "could not lock". Trying the same lock first names the cause in one line. No
     * lock file yet means a fresh directory (which initdb needs empty, so none is created here).
     */
    private static void refuseIfLocked(Path lockFile, Path dataDirectory) throws IOException {
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DataDirectoryInUseException(dataDirectory);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            // Held by this very process: a second application context on the same directory.
            throw new DataDirectoryInUseException(dataDirectory);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(ObjectProvider<EmbeddedPostgresServer> embedded,
                          @Value("${focal.db.url:}") String url,
                          @Value("${focal.db.user:focal}") String user,
                          @Value("${focal.db.password:}") String password,
                          @Value("${focal.db.pool-size:10}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("focal");
        config.setMaximumPoolSize(poolSize);
        EmbeddedPostgresServer server = embedded.getIfAvailable();
        if (server != null) {
            config.setJdbcUrl(server.jdbcUrl());
            config.setUsername("postgres");
            log.info("Using embedded PostgreSQL at {}", config.getJdbcUrl());
        } else {
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
            // Fail fast with one clear line instead of a pool that retries for 30 s.
            config.setInitializationFailTimeout(1);
            config.setConnectionTimeout(5_000);
            log.info("Using PostgreSQL at {} as {}", url, user);
        }
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseUnreachableException(config.getJdbcUrl(), rootMessage(e), e);
        }
        try (Connection ignored = dataSource.getConnection()) {
            return dataSource;
        } catch (SQLException e) {
            dataSource.close();
            throw new DatabaseUnreachableException(config.getJdbcUrl(), rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
