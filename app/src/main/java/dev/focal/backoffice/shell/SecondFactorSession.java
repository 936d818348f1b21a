package dev.focal.backoffice.shell;

import com.vaadin.flow.server.VaadinSession;
import dev.focal.platform.SecondFactorAuthorization;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The staff sign-in of this UI, and how the second sign-in step adds the second factor to it (ADR 0018). */
final class SecondFactorSession {

    private SecondFactorSession() {
    }

    static Optional<Authentication> current() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated)
                .filter(auth -> !(auth instanceof AnonymousAuthenticationToken));
    }

    /** Stores the sign-in with the second factor in this session's staff security context. */
    static void complete() {
        var elevated = SecondFactorAuthorization.withSecondFactor(current().orElseThrow());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(elevated);
        SecurityContextHolder.setContext(context);
        var session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(BackofficeSecurityConfiguration.SESSION_KEY, context);
        }
    }
}
