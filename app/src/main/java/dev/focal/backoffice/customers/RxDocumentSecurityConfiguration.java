package dev.focal.backoffice.customers;

import dev.focal.identity.StaffSessions;
import dev.focal.platform.SecondFactorAuthorization;
import dev.focal.platform.StaffSessionCheck;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.expression.WebExpressionAuthorizationManager;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import dev.focal.customers.CustomersAccess;

/**
 * The prescription document links ({@code /rx-documents/*}, {@link RxDocumentController}): outside {@code /admin},
 * so the browser opens them in a tab or frame as plain files, but read with the staff member's backoffice session
 * (the same session attribute as the backoffice), for the prescription desk only. Without a staff sign-in the
 * answer is 401; the link itself is then checked against that user and session (ADR 0020). Creates no session.
 */
@Configuration(proxyBeanMethods = false)
class RxDocumentSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain rxDocumentSecurity(HttpSecurity http, StaffSessions staffSessions) throws Exception {
        var contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(StaffSessionCheck.SESSION_KEY);
        var secondFactor = new SecondFactorAuthorization();
        http.securityMatcher("/rx-documents/*")
                .securityContext(context -> context.securityContextRepository(contexts))
                // the backoffice's checks hold here too: an ended session (ADR 0016) and the second factor (ADR 0018)
                .addFilterAfter(new StaffSessionCheck(staffSessions), SecurityContextHolderFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/rx-documents/*")
                        .access(AuthorizationManagers.allOf(secondFactor::authorize,
                                new WebExpressionAuthorizationManager(CustomersAccess.RX_DESK)))
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }
}
