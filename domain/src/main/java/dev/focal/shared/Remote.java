package dev.focal.shared;

import java.util.Optional;
import org.slf4j.MDC;

/**
 * The request facts the web layer puts into the logging context (MDC) for each request or job, so
 * contexts can record where an action came from without depending on the servlet API.
 */
public final class Remote {

    /** MDC key of the correlation ID of the current request or job. */
    public static final String CORRELATION_ID = "correlationId";
    /** MDC key of the client address of the current request. */
    public static final String ADDRESS = "remoteAddress";

    private Remote() {
    }

    public static Optional<String> address() {
        return Optional.ofNullable(MDC.get(ADDRESS));
    }

    public static Optional<String> correlationId() {
        return Optional.ofNullable(MDC.get(CORRELATION_ID));
    }
}
