package dev.focal.storefront.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a customer sign-in (POST /login) before the password is checked when its e-mail address or client
 * address has failed too often lately, sending the browser back to the sign-in page with the neutral
 * {@link CustomerThrottles#TOO_MANY}. The handlers count failures and end an address's count on success.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    static final String THROTTLED_URL = "/login?throttled";

    private final CustomerThrottles throttles;

    SignInThrottleFilter(CustomerThrottles throttles) {
        this.throttles = throttles;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!throttles.signInAllowed(request.getParameter("email"), request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + THROTTLED_URL);
            return;
        }
        chain.doFilter(request, response);
    }

    static AuthenticationSuccessHandler countingSuccess(CustomerThrottles throttles, String defaultUrl) {
        var target = new SavedRequestAwareAuthenticationSuccessHandler();
        target.setDefaultTargetUrl(defaultUrl);
        return (request, response, authentication) -> {
            throttles.signInSucceeded(request.getParameter("email"));
            target.onAuthenticationSuccess(request, response, authentication);
        };
    }

    static AuthenticationFailureHandler countingFailure(CustomerThrottles throttles, String failureUrl) {
        var target = new SimpleUrlAuthenticationFailureHandler(failureUrl);
        return (request, response, exception) -> {
            throttles.signInFailed(request.getParameter("email"), request.getRemoteAddr());
            target.onAuthenticationFailure(request, response, exception);
        };
    }
}
