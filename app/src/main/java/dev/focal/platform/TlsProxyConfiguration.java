package dev.focal.platform;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Behind a TLS-terminating proxy (ADR 0021): whose {@code X-Forwarded-For} / {@code X-Forwarded-Proto} Tomcat
 * believes, and how cookies are flagged. Forwarded headers are handled natively ({@code server.forward-headers-strategy=native}, Tomcat's {@link RemoteIpValve}); this sets
 * the valve's trusted proxies from {@code FOCAL_TRUSTED_PROXIES} (a regular expression over the proxy's address),
 * by default loopback (127.0.0.1, ::1) and the private ranges (10/8, 172.16/12, 192.168/16, fc00::/7). A request
 * from any other address keeps its own address and scheme, whatever headers it sends: it cannot pose as HTTPS
 * (secure cookies, HSTS) or as another client (logs, audit, throttling).
 *
 * <p>Cookies: the session cookie (Tomcat) and the storefront's remember-me cookie (Spring Security) are
 * {@code Secure} exactly when the request is HTTPS, as the trusted proxy says, and HttpOnly; every cookie is
 * {@code SameSite=Lax}.
 */
@Configuration(proxyBeanMethods = false)
class TlsProxyConfiguration {

    /** Loopback and the private ranges; the last two lines are IPv6 loopback and unique local addresses. */
    static final String DEFAULT_TRUSTED_PROXIES = String.join("|",
            "127\\.0\\.0\\.1",
            "10\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}",
            "172\\.(1[6-9]|2[0-9]|3[01])\\.\\d{1,3}\\.\\d{1,3}",
            "192\\.168\\.\\d{1,3}\\.\\d{1,3}",
            "0:0:0:0:0:0:0:1|::1",
            "[fF][cCdD][0-9a-fA-F]{2}:.*");

    @Bean
    TrustedProxies trustedProxiesValve(@Value("${focal.trusted-proxies:}") String configured) {
        return new TrustedProxies(trustedProxies(configured));
    }

    /** Sets the valve's trust list; runs after Boot's own customizer (order 0), which adds the valve. */
    record TrustedProxies(String expression) implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
            Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.getEngineValves().stream()
                    .filter(RemoteIpValve.class::isInstance)
                    .map(RemoteIpValve.class::cast)
                    .forEach(valve -> {
                        valve.setInternalProxies(expression);
                    });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** SameSite=Lax on every cookie, the remember-me cookie included (the session cookie's own setting covers only it). */
    @Bean
    CookieSameSiteSupplier laxCookies() {
        return CookieSameSiteSupplier.ofLax();
    }

    /** The configured expression, or the default when none is set; a broken expression stops the start. */
    static String trustedProxies(String configured) {
        String trusted = configured.isBlank() ? DEFAULT_TRUSTED_PROXIES : configured.strip();
        try {
            Pattern.compile(trusted);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("FOCAL_TRUSTED_PROXIES is not a valid regular expression over proxy "
                    + "addresses (for example 10\\.0\\.0\\.7|127\\.0\\.0\\.1): " + e.getDescription(), e);
        }
        return trusted;
    }
}
