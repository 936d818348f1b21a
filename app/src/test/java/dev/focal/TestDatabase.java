package dev.focal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * One real PostgreSQL 17 server per test JVM (embedded, started on first use, data in a fresh temporary
 * directory). Every Spring test context points at it through {@link TestDatabaseCustomizerFactory}.
 */
public final class TestDatabase {

    private static EmbeddedPostgres server;

    private TestDatabase() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL for tests", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }));
        }
        return server;
    }

    public static String url() {
        return server().getJdbcUrl("postgres", "postgres");
    }

    /** A new, empty database on the same server, for tests that need to start from nothing. */
    public static String createEmptyDatabase() {
        String name = "empty_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = server().getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server().getJdbcUrl("postgres", name);
    }
}
