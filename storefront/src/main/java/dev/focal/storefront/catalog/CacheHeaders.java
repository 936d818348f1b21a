package dev.focal.storefront.catalog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.WebRequest;

/**
 * Conditional GET for catalog pages. The ETag joins the catalog cache's generation (bumped by every catalog
 * and price change) with the URL and who is looking, so it changes exactly when the page would. Anonymous
 * visitors get {@code public, max-age=60}; signed-in customers {@code private, no-cache} (their header differs).
 */
final class CacheHeaders {

    private CacheHeaders() {
    }

    /** Sets the caching headers; true when the client's copy is current (a 304 has been prepared). */
    static boolean notModified(CatalogCache cache, HttpServletRequest request, HttpServletResponse response,
                               WebRequest web) {
        return notModified(cache, request, response, web, "");
    }

    /** As above, with {@code more} (like a time bucket for pages showing stock) joined into the tag. */
    static boolean notModified(CatalogCache cache, HttpServletRequest request, HttpServletResponse response,
                               WebRequest web, String more) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
        // signed in: the page holds the session's CSRF token (sign-out form), so the session is part of the tag
        var session = request.getSession(false);
        String who = anonymous ? "-" : auth.getName() + "/" + (session == null ? "" : session.getId());
        var crc = new CRC32();
        crc.update((request.getRequestURI() + "?" + request.getQueryString() + "|" + who).getBytes(StandardCharsets.UTF_8));
        String etag = "W/\"" + Long.toHexString(cache.generation()) + (more.isEmpty() ? "" : "." + more) + "-"
                + Long.toHexString(crc.getValue()) + "\"";
        response.setHeader(HttpHeaders.CACHE_CONTROL, anonymous ? "public, max-age=60" : "private, no-cache");
        response.setHeader(HttpHeaders.VARY, "Cookie");
        return web.checkNotModified(etag);
    }
}
