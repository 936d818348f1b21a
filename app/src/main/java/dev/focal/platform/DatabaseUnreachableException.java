package dev.focal.platform;

/** The configured PostgreSQL did not answer; reported in one line by {@link DatabaseUnreachableFailureAnalyzer}. */
class DatabaseUnreachableException extends RuntimeException {

    private final String url;

    DatabaseUnreachableException(String url, String reason, Throwable cause) {
        super("Cannot connect to PostgreSQL at " + url + ": " + reason, cause);
        this.url = url;
    }

    String url() {
        return url;
    }
}
