package dev.focal.platform;

import dev.focal.identity.StaffSessions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a staff session whose account has changed since sign-in (ADR 0016): disabled, other roles, or a new
 * password. Runs right after the security context is loaded, in the backoffice chain and in the API chain (which
 * reads the same session), so every request counts, Vaadin's own UIDL and heartbeat requests included. A stale
 * session loses its staff security context and its backoffice UI state; the request goes on unauthenticated, so
 * the backoffice answers with its sign-in page and the API with 401. The storefront's customer context in the same
 * HTTP session is left alone. Not a bean: each chain adds its own instance.
 */
public final class StaffSessionCheck extends OncePerRequestFilter {

    /** The session attribute that holds the staff security context, shared by the backoffice and the API. */
    public static final String SESSION_KEY = "FOCAL_STAFF_SECURITY_CONTEXT";
    /** Vaadin keeps each servlet's UI state under this prefix + the servlet name. */
    private static final String VAADIN_SESSION_PREFIX = "com.vaadin.flow.server.VaadinSession";
    private static final Logger log = LoggerFactory.getLogger(StaffSessionCheck.class);

    private final StaffSessions sessions;

    public StaffSessionCheck(StaffSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffUserDetails user
                && !sessions.isCurrent(user.id(), user.sessionVersion())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(SESSION_KEY);
                for (String name : Collections.list(session.getAttributeNames())) {
                    if (name.startsWith(VAADIN_SESSION_PREFIX)) {
                        session.removeAttribute(name);
                    }
                }
            }
            log.info("Ended a session of staff user {}: the account was disabled or its roles or password changed",
                    user.getUsername());
        }
        chain.doFilter(request, response);
    }

    /**
     * Keeps the current staff session after its own user changed their password, which moved the account to
     * {@code sessionVersion}: every other session of theirs still ends.
     */
    public static void keepCurrentSession(long sessionVersion) {
        var context = SecurityContextHolder.getContext();
        var authentication = context.getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffUserDetails user)) {
            return;
        }
        var refreshed = UsernamePasswordAuthenticationToken.authenticated(user.withSessionVersion(sessionVersion),
                null, authentication.getAuthorities());
        refreshed.setDetails(authentication.getDetails());
        context.setAuthentication(refreshed);
        // Usually the context object is the session's own; storing it again makes sure, and tells a replicated
        // session store that it changed.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null && session.getAttribute(SESSION_KEY) != null) {
                session.setAttribute(SESSION_KEY, context);
            }
        }
    }
}
