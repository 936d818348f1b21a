package dev.focal.storefront.shell;

import dev.focal.customers.CustomerPrincipal;
import dev.focal.customers.CustomerSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The customer's security context in the HTTP session, as long as the account still has the session version the
 * session signed in with (ADR 0016). After a password reset, a session signed in before it reads as signed out:
 * its context is dropped from the session and every chain that reads customers (the storefront, and
 * {@code /api/v1/me/**}) sees nobody. The staff context in the same HTTP session is left alone.
 */
final class CurrentCustomerContexts implements SecurityContextRepository {

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final CustomerSessions customers;
    private final String sessionKey;

    CurrentCustomerContexts(CustomerSessions customers, String sessionKey) {
        this.customers = customers;
        this.sessionKey = sessionKey;
        sessions.setSpringSecurityContextKey(sessionKey);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        var loaded = sessions.loadDeferredContext(request);
        return new DeferredSecurityContext() {
            private @Nullable SecurityContext checked;
            private boolean generated;

            @Override
            public SecurityContext get() {
                if (checked == null) {
                    SecurityContext context = loaded.get();
                    generated = loaded.isGenerated();
                    if (!isCurrent(context, request)) {
                        context = SecurityContextHolder.createEmptyContext();
                        generated = true;
                    }
                    checked = context;
                }
                return checked;
            }

            @Override
            public boolean isGenerated() {
                get();
                return generated;
            }
        };
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        SecurityContext context = sessions.loadContext(holder);
        return isCurrent(context, holder.getRequest()) ? context : SecurityContextHolder.createEmptyContext();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        sessions.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return sessions.containsContext(request);
    }

    /** False for a customer whose account has moved on since sign-in; their context then leaves the session. */
    private boolean isCurrent(SecurityContext context, HttpServletRequest request) {
        var authentication = context.getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CustomerPrincipal customer)
                || customers.isCurrent(customer.customerId(), customer.sessionVersion())) {
            return true;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(sessionKey);
        }
        return false;
    }
}
