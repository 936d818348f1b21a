package dev.focal.platform;

import dev.focal.shared.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import dev.focal.identity.SignInChannel;
import dev.focal.identity.StaffSignIn;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Operations endpoints: health (liveness, readiness) is public for load balancers and orchestrators; metrics
 * and everything else need an admin staff account over HTTP basic. With {@code FOCAL_MANAGEMENT_PORT} the
 * endpoints move to a port of their own that can stay inside the network.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, StaffSignIn signIn)
            throws Exception {
        http.securityMatcher("/actuator", "/actuator/**")
                .authenticationManager(new ProviderManager(new StaffAuthenticationProvider(signIn, SignInChannel.METRICS)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
