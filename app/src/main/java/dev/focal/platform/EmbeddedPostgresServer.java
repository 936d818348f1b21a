package dev.focal.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL, stopped by the Spring context after everything that uses it: the web server has
 * drained its requests, JobRunr has signed its server off, the event executor has stopped and the connection
 * pool has closed (docs/architecture.md, "Stopping"). The bean that owns it is destroyed after the
 * {@code DataSource}, which depends on it.
 *
 * <p>zonky's {@link EmbeddedPostgres} adds a JVM shutdown hook of its own that runs {@code pg_ctl stop -m fast}
 * at once, in parallel with Spring's hook, and the library offers no option to leave it out. With that hook
 * the database went away while requests drained and JobRunr signed off, whose threads then waited 30 s each
 * for a pool connection. So the library's hook is disarmed (its "already closed" flag is set) and {@link #close}
 * re-arms and closes it. A hook of Focal's own stops the server should the context never be closed by Spring
 * (no Spring shutdown hook), after giving the context {@link #CONTEXT_CLOSE_GRACE} to do it.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final Duration CONTEXT_CLOSE_GRACE = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final @Nullable AtomicBoolean libraryClosedFlag;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.libraryClosedFlag = disarmLibraryShutdownHook(postgres);
        if (libraryClosedFlag != null) {
            Thread fallback = new Thread(this::closeIfSpringDidNot, "focal-postgres-fallback-closer");
            Runtime.getRuntime().addShutdownHook(fallback);
        }
    }

    static EmbeddedPostgresServer start(EmbeddedPostgres.Builder builder) throws IOException {
        return new EmbeddedPostgresServer(builder.start());
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** Stops the server (once); called by Spring when the context closes, after the connection pool closed. */
    @Override
    public void close() throws IOException {
        if (closing.getAndSet(true)) {
            return;
        }
        // A SIGTERM during startup interrupts the starting thread, which then destroys the beans: let pg_ctl
        // finish stopping the server (it waits at most 5 s) and keep the interrupt for the caller.
        boolean interrupted = Thread.interrupted();
        try {
            if (libraryClosedFlag != null) {
                libraryClosedFlag.set(false);
            }
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } finally {
            closed.countDown();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void closeIfSpringDidNot() {
        try {
            if (!closed.await(CONTEXT_CLOSE_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("The application context did not stop the embedded PostgreSQL within {}; stopping it now",
                        CONTEXT_CLOSE_GRACE);
                close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL: {}", e.getMessage());
        }
    }

    private static @Nullable AtomicBoolean disarmLibraryShutdownHook(EmbeddedPostgres postgres) {
        try {
            Field field = EmbeddedPostgres.class.getDeclaredField("closed");
            field.setAccessible(true);
            AtomicBoolean flag = (AtomicBoolean) field.get(postgres);
            flag.set(true);
            return flag;
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("Cannot take over stopping the embedded PostgreSQL from its own shutdown hook ({}); "
                    + "stopping the app may wait for connections to a database that is already gone", e.toString());
            return null;
        }
    }
}
