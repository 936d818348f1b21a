package dev.focal.identity;

/**
 * Where a staff sign-in comes from. Backoffice sign-ins are audited whether they succeed or fail; a machine
 * channel that signs in on every call would audit only failures, so the trail stays readable. (Prometheus no
 * longer signs in as staff: it has a metrics-only credential, docs/security.md.)
 */
public enum SignInChannel {
    BACKOFFICE(true);

    private final boolean auditsSuccess;

    SignInChannel(boolean auditsSuccess) {
        this.auditsSuccess = auditsSuccess;
    }

    boolean auditsSuccess() {
        return auditsSuccess;
    }
}
