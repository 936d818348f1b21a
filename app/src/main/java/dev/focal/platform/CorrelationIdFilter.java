package dev.focal.platform;

import dev.focal.shared.Remote;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation ID (the caller's {@code X-Request-Id} when it is sane, else a new one),
 * puts it and the client address into the logging context, echoes it in the response, and writes one access
 * line per request (logger {@code focal.http}; static assets and health probes are left out).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("^[A-Za-z0-9._-]{8,64}$");
    private static final Pattern QUIET = Pattern.compile(
            "^/(css|images|lumo|themes|favicon\\.ico|admin/VAADIN|admin/themes|admin/lumo|actuator/health).*");
    private static final Logger access = LoggerFactory.getLogger("focal.http");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String incoming = request.getHeader(HEADER);
        String id = incoming != null && SANE.matcher(incoming).matches() ? incoming
                : UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        MDC.put(Remote.CORRELATION_ID, id);
        MDC.put(Remote.ADDRESS, request.getRemoteAddr());
        response.setHeader(HEADER, id);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (!QUIET.matcher(request.getRequestURI()).matches()) {
                access.info("{} {} -> {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            MDC.remove(Remote.CORRELATION_ID);
            MDC.remove(Remote.ADDRESS);
        }
    }
}
