package dev.focal.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Operations endpoints, served on the management port ({@code FOCAL_MANAGEMENT_PORT}, 8081 by default) so the
 * public port never shows them: health (liveness, readiness) is public for load balancers and orchestrators;
 * metrics and everything else need the metrics-only credential ({@code FOCAL_METRICS_USERNAME},
 * {@code FOCAL_METRICS_PASSWORD}) over HTTP basic. Staff accounts, admins included, do not open them: a scraper's
 * configuration file then never holds a password that also opens the backoffice. Without a metrics password
 * nothing but health answers.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

    /** The one role the metrics credential holds (also {@code management.endpoint.health.roles}). */
    static final String METRICS_ROLE = "METRICS";

    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http,
                                         @Value("${focal.metrics.username:metrics}") String username,
                                         @Value("${focal.metrics.password:}") String password) throws Exception {
        http.securityMatcher("/actuator", "/actuator/**")
                .authenticationManager(new ProviderManager(new MetricsCredential(username, password)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(METRICS_ROLE))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** Checks the configured metrics username and password, in constant time; a blank password matches nothing. */
    static final class MetricsCredential implements AuthenticationProvider {

        private final byte[] username;
        private final byte[] password;

        MetricsCredential(String username, String password) {
            this.username = digest(username);
            this.password = password.isBlank() ? new byte[0] : digest(password);
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            Object credentials = authentication.getCredentials();
            boolean userMatches = MessageDigest.isEqual(username, digest(authentication.getName()));
            boolean passwordMatches = password.length > 0
                    && MessageDigest.isEqual(password, digest(credentials == null ? "" : credentials.toString()));
            if (!userMatches || !passwordMatches) {
                throw new BadCredentialsException("Bad metrics credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null,
                    AuthorityUtils.createAuthorityList("ROLE_" + METRICS_ROLE));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }

        private static byte[] digest(String value) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }
    }
}
