package dev.focal.api.core;

import dev.focal.identity.ApiTokens;
import dev.focal.identity.StaffSessions;
import dev.focal.platform.StaffSessionCheck;
import dev.focal.platform.StaffUserDetails;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How {@code /api/v1} knows its caller: a staff member by personal API token or by the backoffice session (read
 * from the same session key, never created here), or nobody for public reads. Who may call what is each API
 * slice's {@link ApiAccessRules}; whatever no slice names is denied.
 * CSRF protection is off for the API: token calls carry no cookie, and session calls must send JSON, which a
 * cross-site form cannot, with the session cookie SameSite=Lax.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String STAFF_SESSION_KEY = StaffSessionCheck.SESSION_KEY;

    @Bean
    @Order(0)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, StaffSessions staffSessions,
                                   ProblemResponses problems, List<ApiAccessRules> rules) throws Exception {
        var sessions = new HttpSessionSecurityContextRepository();
        sessions.setSpringSecurityContextKey(STAFF_SESSION_KEY);
        sessions.setAllowSessionCreation(false);
        http.securityMatcher("/api/**")
                .securityContext(context -> context.securityContextRepository(sessions))
                // A backoffice session of a user disabled, given other roles or a new password since sign-in is
                // over (ADR 0016); checked before a bearer token, which is checked against the account anyway
                .addFilterAfter(new StaffSessionCheck(staffSessions), SecurityContextHolderFilter.class)
                .addFilterAfter(new BearerTokenFilter(tokens, problems), StaffSessionCheck.class)
                .authorizeHttpRequests(requests -> ApiAccessRules.applyAll(rules, ApiAccessRules.Caller.STAFF, requests))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.write(response,
                                HttpStatus.UNAUTHORIZED, "Sign in required",
                                "Send a staff API token as 'Authorization: Bearer focal_...' or use a backoffice session.",
                                request.getRequestURI()))
                        .accessDeniedHandler((request, response, e) -> problems.write(response, HttpStatus.FORBIDDEN,
                                "Not allowed", "Your roles do not allow this call.", request.getRequestURI())))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** Authenticates {@code Authorization: Bearer focal_...}; a bad token is refused at once (no fallback). */
    static final class BearerTokenFilter extends OncePerRequestFilter {

        private final ApiTokens tokens;
        private final ProblemResponses problems;

        BearerTokenFilter(ApiTokens tokens, ProblemResponses problems) {
            this.tokens = tokens;
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                var principal = tokens.authenticate(header.substring(7).strip());
                if (principal.isEmpty()) {
                    problems.write(response, HttpStatus.UNAUTHORIZED, "Invalid token",
                            "The API token is unknown, expired or revoked.", request.getRequestURI());
                    return;
                }
                var user = new StaffUserDetails(principal.get());
                var context = SecurityContextHolder.createEmptyContext();
                // A token is its own single factor (ADR 0018): FACTOR_BEARER exempts it from the second factor.
                var authorities = new java.util.ArrayList<org.springframework.security.core.GrantedAuthority>(user.getAuthorities());
                authorities.add(org.springframework.security.core.authority.FactorGrantedAuthority.fromAuthority(
                        org.springframework.security.core.authority.FactorGrantedAuthority.BEARER_AUTHORITY));
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(request, response);
        }
    }
}
