package dev.focal.storefront.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows the shop's own error page ({@code error.jte}: "We cannot find that page" and the like, in the shop's
 * layout) for browser requests that end in an error, instead of Spring Boot's whitelabel page (switched off with
 * {@code server.error.whitelabel.enabled=false}). The page shows the status only, never the exception.
 */
@Component
class StorefrontErrorPages implements ErrorViewResolver {

    private final ChromeAdvice chrome = new ChromeAdvice();

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return new ModelAndView("error", Map.of("chrome", chrome.chrome(request), "status", status.value(),
                "error", status.getReasonPhrase()), status);
    }
}
