package dev.focal.backoffice.shell;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditLog;
import dev.focal.audit.AuditRecord;
import dev.focal.identity.SignInChannel;
import dev.focal.identity.StaffSessions;
import dev.focal.identity.StaffSignIn;
import dev.focal.identity.StaffSecondFactor;
import dev.focal.identity.StaffSingleSignOn;
import dev.focal.platform.SecondFactorAuthenticationProvider;
import dev.focal.platform.StaffAuthenticationProvider;
import dev.focal.platform.StaffSessionCheck;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import java.util.ArrayList;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The staff world: everything under {@code /admin}. Its own authentication (staff table only) and its own
 * session attribute for the security context, so a storefront customer's session is never a staff session
 * (and the other way round). Views state who may open them ({@code @AllowedFor} with a context's named rule, or
 * {@code @PermitAll}); navigation denies what they do not allow (ADR 0014).
 */
@Configuration(proxyBeanMethods = false)
class BackofficeSecurityConfiguration {

    static final String SESSION_KEY = StaffSessionCheck.SESSION_KEY;

    /**
     * What Vaadin Flow needs and no more (ADR 0021): its bootstrap starts the client engine with an inline script
     * and the engine builds functions from the expressions the server sends ('unsafe-inline' 'unsafe-eval'; without
     * the latter the sign-in page does not start); components set inline styles; Lumo's fonts and icons are data:
     * URLs (without them Chromium reports font-src and img-src violations).
     * Everything else comes from this origin only; only the backoffice may frame its pages (the Rx document viewer).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "frame-src 'self'; object-src 'none'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'";

    @Bean
    @Order(2)
    SecurityFilterChain backofficeSecurity(HttpSecurity http, StaffSignIn signIn, StaffSessions sessions, AuditLog audit,
                                           StaffSecondFactor secondFactor, OidcSettings sso,
                                           StaffSingleSignOn singleSignOn) throws Exception {
        var providers = new ArrayList<AuthenticationProvider>();
        providers.add(new SecondFactorAuthenticationProvider(
                new StaffAuthenticationProvider(signIn, SignInChannel.BACKOFFICE), secondFactor));
        if (sso.enabled()) {
            providers.add(OidcSignIn.provider(sso, singleSignOn));
        }
        var contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(SESSION_KEY);
        http.securityMatcher("/admin", "/admin/**")
                .authenticationManager(new ProviderManager(providers))
                // A page load before the second step is done leads to that step (ADR 0018).
                .exceptionHandling(errors -> errors.accessDeniedHandler(SecondFactorSteps.deniedHandler()))
                .securityContext(context -> context.securityContextRepository(contexts))
                // A disabled user, new roles or a new password end open sessions at their next request (ADR 0016)
                .addFilterAfter(new StaffSessionCheck(sessions), SecurityContextHolderFilter.class)
                .headers(headers -> headers
                        .frameOptions(frame -> frame.sameOrigin())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .logout(logout -> logout.logoutUrl("/admin/logout")
                        // Signing out of the backoffice must not sign the same browser out of the shop.
                        .invalidateHttpSession(false)
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                audit.record(new AuditRecord(authentication.getName(), AuditAction.SIGN_OUT,
                                        "staff_user", null, "Backoffice"));
                            }
                        }))
                .with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/admin/login"));
        if (sso.enabled()) {
            OidcSignIn.configure(http, sso, secondFactor, contexts);
        }
        return http.build();
    }

    /** Staff single sign-on settings ({@code FOCAL_OIDC_*}); off without an issuer (ADR 0018). */
    @Bean
    OidcSettings oidcSettings(Environment environment) {
        return OidcSettings.from(environment);
    }

    /** Navigation checks the views' {@code @AllowedFor} rules, and Vaadin's annotations on the others. */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer() {
        return new NavigationAccessControlConfigurer().withNavigationAccessChecker(new RuleViewAccessChecker());
    }
}
