package dev.focal.backoffice.shell;

import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Where the backoffice keeps the signed-in staff member in the HTTP session, for the few staff endpoints outside
 * {@code /admin} that must see the same sign-in (the prescription document links, ADR 0020). A customer's
 * storefront sign-in lives under another attribute and never counts here.
 */
public final class StaffSessions {

    /** The session attribute holding the staff security context. */
    public static final String SECURITY_CONTEXT_KEY = "FOCAL_STAFF_SECURITY_CONTEXT";

    private StaffSessions() {
    }

    /** Reads (and saves) the staff security context from the session attribute the backoffice uses. */
    public static SecurityContextRepository securityContextRepository() {
        var repository = new HttpSessionSecurityContextRepository();
        repository.setSpringSecurityContextKey(SECURITY_CONTEXT_KEY);
        return repository;
    }
}
