package dev.focal.identity;

/**
 * Where a staff sign-in comes from. Backoffice sign-ins are audited whether they succeed or fail; machine
 * sign-ins (a Prometheus scraper authenticating every 15 seconds) audit only failures, so the trail stays
 * readable.
 */
public enum SignInChannel {
    BACKOFFICE(true),
    METRICS(false);

    private final boolean auditsSuccess;

    SignInChannel(boolean auditsSuccess) {
        this.auditsSuccess = auditsSuccess;
    }

    boolean auditsSuccess() {
        return auditsSuccess;
    }
}
