package dev.focal.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Process-wide beans: the clock, password hashing, method security. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * JobRunr's dashboard runs its own web server outside Spring Security; the only way to keep it for admins
     * is its basic authentication, so it does not start without credentials.
     */
    @Bean
    org.springframework.beans.factory.InitializingBean jobDashboardNeedsCredentials(
            @org.springframework.beans.factory.annotation.Value("${jobrunr.dashboard.enabled:false}") boolean enabled,
            @org.springframework.beans.factory.annotation.Value("${jobrunr.dashboard.username:}") String username,
            @org.springframework.beans.factory.annotation.Value("${jobrunr.dashboard.password:}") String password) {
        return () -> {
            if (enabled && (username.isBlank() || password.length() < 12)) {
                throw new IllegalStateException("FOCAL_JOBRUNR_DASHBOARD=true needs FOCAL_JOBRUNR_DASHBOARD_USERNAME "
                        + "and a FOCAL_JOBRUNR_DASHBOARD_PASSWORD of at least 12 characters.");
            }
        };
    }

    /** bcrypt (cost 10) behind the delegating encoder, so the algorithm can be raised later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
