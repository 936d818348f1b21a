package dev.focal.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unreachable database into Spring Boot's short failure report instead of a stack trace. */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachableException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Check FOCAL_DB_URL, FOCAL_DB_USER and FOCAL_DB_PASSWORD, and that the server at " + cause.url()
                        + " is running. Unset FOCAL_DB_URL to use the embedded PostgreSQL instead.",
                cause);
    }
}
