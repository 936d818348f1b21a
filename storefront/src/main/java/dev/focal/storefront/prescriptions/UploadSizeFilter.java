package dev.focal.storefront.prescriptions;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a prescription upload larger than the servlet's multipart limit back to the upload form with the size
 * message, before anything reads the body. Past the limit Tomcat refuses to parse the form at the first
 * parameter read (the CSRF check) with a bare 413; up to it the upload reaches the prescription service, which
 * refuses anything over 10 MB with its own message at the field. Requests without a length are left to Tomcat.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UploadSizeFilter extends OncePerRequestFilter {

    static final String UPLOAD = PrescriptionsController.BASE + "/upload";

    private final long limit;

    UploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:20MB}") DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !UPLOAD.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            String to = request.getQueryString() == null ? null : request.getParameter("to");
            response.sendRedirect(UPLOAD + "?tooLarge"
                    + (to != null && to.matches("[0-9a-fA-F-]{36}") ? "&to=" + to : ""));
            return;
        }
        chain.doFilter(request, response);
    }
}
