package dev.focal.backoffice.shell;

import dev.focal.platform.SecondFactorAuthorization;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/** Where the security chain of {@code /admin} sends a staff sign-in that lacks its second factor (ADR 0018). */
final class SecondFactorSteps {

    static final String CODE = "/admin/login/code";
    static final String SET_UP = "/admin/login/set-up";

    private SecondFactorSteps() {
    }

    /** Redirects to the second step when that is what is missing; otherwise the usual 403. */
    static AccessDeniedHandler deniedHandler() {
        var forbidden = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (SecondFactorAuthorization.needsSecondFactor(authentication)) {
                response.sendRedirect(request.getContextPath()
                        + (SecondFactorAuthorization.mustEnrol(authentication) ? SET_UP : CODE));
                return;
            }
            forbidden.handle(request, response, denied);
        };
    }
}
