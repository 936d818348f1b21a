package dev.focal.storefront.shell;

import dev.focal.shared.Roles;
import dev.focal.customers.CustomerAuthentication;
import dev.focal.customers.CustomerSessions;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The customer world: every path not claimed by the actuator or backoffice chains. Customers only (their own
 * table), CSRF on every POST, persistent remember-me tokens, and a session attribute of its own so a
 * customer's session never counts as a staff session. Paths not listed here are denied. A session whose customer
 * has since reset their password is over ({@link CurrentCustomerContexts}), and the prescription pages need a
 * sign-in with the password in this session: a customer known only by the remember-me cookie is asked to sign in
 * again and then comes back to the page (ADR 0016).
 */
@Configuration(proxyBeanMethods = false)
class StorefrontSecurityConfiguration {

    static final String SESSION_KEY = "FOCAL_CUSTOMER_SECURITY_CONTEXT";
    static final String REMEMBER_ME_PARAMETER = "remember-me";
    /** Where a customer known only by the remember-me cookie is sent for a page that needs their password. */
    static final String SIGN_IN_AGAIN = "/login?again";
    private static final String REMEMBERED_ONLY = StorefrontSecurityConfiguration.class.getName() + ".REMEMBERED_ONLY";

    @Bean
    SecurityContextRepository customerSecurityContextRepository(CustomerSessions sessions) {
        return new CurrentCustomerContexts(sessions, SESSION_KEY);
    }

    @Bean
    @Order(3)
    SecurityFilterChain storefrontSecurity(HttpSecurity http, CustomerAuthentication customers, PasswordEncoder passwords,
                                           SecurityContextRepository customerSecurityContextRepository,
                                           DataSource dataSource, @Value("${focal.remember-me-key:}") String key,
                                           CustomerThrottles throttles)
            throws Exception {
        var provider = new DaoAuthenticationProvider(customers);
        provider.setPasswordEncoder(passwords);
        // The key only signs the in-memory token; the cookie is checked against persistent_logins, so a random
        // key per start is safe (remembered sign-ins survive restarts through the database, not the key).
        String secret = key.isBlank() ? HexFormat.of().formatHex(new SecureRandom().generateSeed(32)) : key;
        var customerRememberMe = rememberMe(customers, dataSource, secret);
        http.securityMatcher("/**")
                .authenticationManager(new ProviderManager(provider, new RememberMeAuthenticationProvider(secret)))
                .securityContext(context -> context.securityContextRepository(customerSecurityContextRepository))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/cart", "/register", "/login", "/forgot-password", "/reset-password",
                                "/css/**", "/js/**", "/images/**", "/favicon.ico", "/robots.txt", "/error",
                                // the catalog: category pages, search, product pages, images, sitemap
                                "/eyeglasses", "/sunglasses", "/readers", "/contact-lenses", "/accessories",
                                "/services", "/lenses", "/search", "/p/*", "/media/**", "/sitemap.xml",
                                // Backoffice stylesheets: @StyleSheet paths resolve against the context root
                                "/lumo/**", "/themes/**").permitAll()
                        // "My prescriptions" (health data: pages send no-store themselves) needs the password in
                        // this session, not a remember-me cookie alone
                        .requestMatchers("/account/prescriptions", "/account/prescriptions/**")
                                .access(fullCustomerSignIn())
                        // the rest of the account
                        .requestMatchers("/account", "/account/**").hasRole(Roles.CUSTOMER)
                        .anyRequest().denyAll())
                .addFilterBefore(new SignInThrottleFilter(throttles), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(SignInThrottleFilter.countingSuccess(throttles, "/account"))
                        .failureHandler(SignInThrottleFilter.countingFailure(throttles, "/login?error"))
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/?signedOut")
                        // Signing out of the shop must not sign the same browser out of the backoffice.
                        .invalidateHttpSession(false)
                        .deleteCookies("focal-remember-me"))
                .rememberMe(remember -> remember.rememberMeServices(customerRememberMe))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirstOrAgain()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /**
     * A customer signed in with their password in this session. Refusing one known only by the remember-me cookie
     * marks the request, so the sign-in page can say why (the security context is cleared before the entry point
     * runs, so it cannot tell by itself).
     */
    private static AuthorizationManager<RequestAuthorizationContext> fullCustomerSignIn() {
        AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
        AuthorizationManager<RequestAuthorizationContext> required = AuthorizationManagers.allOf(
                AuthenticatedAuthorizationManager.fullyAuthenticated(),
                AuthorityAuthorizationManager.hasRole(Roles.CUSTOMER));
        return (authentication, context) -> {
            var result = required.authorize(authentication, context);
            if ((result == null || !result.isGranted()) && trust.isRememberMe(authentication.get())) {
                context.getRequest().setAttribute(REMEMBERED_ONLY, Boolean.TRUE);
            }
            return result;
        };
    }

    /**
     * Sends a visitor to the sign-in page, saying "sign in again" to a customer who is known only by the
     * remember-me cookie; the page asked for is saved, so signing in leads back to it.
     */
    private static AuthenticationEntryPoint signInFirstOrAgain() {
        var first = new LoginUrlAuthenticationEntryPoint("/login");
        var again = new LoginUrlAuthenticationEntryPoint(SIGN_IN_AGAIN);
        return (request, response, failure) ->
                (request.getAttribute(REMEMBERED_ONLY) != null ? again : first).commence(request, response, failure);
    }

    private static PersistentTokenBasedRememberMeServices rememberMe(CustomerAuthentication customers,
                                                                     DataSource dataSource, String secret) {
        var tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        var services = new PersistentTokenBasedRememberMeServices(secret, customers, tokens);
        services.setParameter(REMEMBER_ME_PARAMETER);
        services.setTokenValiditySeconds(60 * 60 * 24 * 30);
        services.setCookieName("focal-remember-me");
        return services;
    }
}
