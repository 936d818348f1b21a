package dev.focal.api.core;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may call {@code /api/v1/me/**}: the signed-in customer, by the storefront's session (the customer security
 * context under its own session key, read through the storefront's repository). This chain comes before the
 * staff API chain, which would read the staff session and tokens instead: a staff token or backoffice session
 * is no customer and gets 401 here. The API never creates or changes a session. Prescriptions need the password
 * in this session: a customer known only by the storefront's remember-me cookie gets 401 too (ADR 0016).
 *
 * <p>No CSRF token: every write must send {@code Content-Type: application/json} (other types are refused with
 * 415 before anything is read), which a cross-site HTML form cannot send, and a cross-site script could only send
 * after a CORS preflight that Focal never answers; the session cookie is SameSite=Lax besides, so a cross-site
 * POST carries no session at all.
 */
@Configuration(proxyBeanMethods = false)
class CustomerApiSecurityConfiguration {

    /** Set on a request whose customer is known only by a remember-me cookie, so the 401 can say so. */
    static final String REMEMBERED_ONLY = CustomerApiSecurityConfiguration.class.getName() + ".REMEMBERED_ONLY";

    @Bean
    @Order(-1)
    SecurityFilterChain customerApiSecurity(HttpSecurity http, ProblemResponses problems,
                                            @Qualifier("customerSecurityContextRepository")
                                            SecurityContextRepository customerSecurityContextRepository,
                                            List<ApiAccessRules> rules)
            throws Exception {
        http.securityMatcher("/api/v1/me/**")
                .securityContext(context -> context.securityContextRepository(customerSecurityContextRepository))
                .addFilterAfter(new FullSignInOnly(), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> ApiAccessRules.applyAll(rules, ApiAccessRules.Caller.CUSTOMER, requests))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.write(response,
                                HttpStatus.UNAUTHORIZED, "Sign in required",
                                request.getAttribute(REMEMBERED_ONLY) != null
                                        ? "Sign in to the shop again with your password: a remembered sign-in "
                                        + "(\"keep me signed in\") does not open prescriptions."
                                        : "Sign in to the shop first: /api/v1/me answers the signed-in customer's "
                                        + "session (staff tokens and backoffice sessions do not apply).",
                                request.getRequestURI()))
                        .accessDeniedHandler((request, response, e) -> problems.write(response, HttpStatus.FORBIDDEN,
                                "Not allowed", "This call is not available to your account.", request.getRequestURI())))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .rememberMe(remember -> remember.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** Treats a customer known only by the remember-me cookie as nobody, for this request only. */
    static final class FullSignInOnly extends OncePerRequestFilter {

        private final AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (trust.isRememberMe(SecurityContextHolder.getContext().getAuthentication())) {
                SecurityContextHolder.clearContext();
                request.setAttribute(REMEMBERED_ONLY, Boolean.TRUE);
            }
            chain.doFilter(request, response);
        }
    }
}
