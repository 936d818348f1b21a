package dev.focal.storefront;

import dev.focal.customers.CustomerPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Adds the {@link Chrome} to every storefront model. */
@ControllerAdvice(basePackageClasses = ChromeAdvice.class)
class ChromeAdvice {

    static final String NOTICE = "notice";

    @ModelAttribute("chrome")
    Chrome chrome(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String name = auth != null && auth.getPrincipal() instanceof CustomerPrincipal customer ? customer.fullName() : null;
        var flash = RequestContextUtils.getInputFlashMap(request);
        Object notice = flash == null ? null : flash.get(NOTICE);
        return new Chrome(() -> csrf == null ? "_csrf" : csrf.getParameterName(), () -> csrf == null ? "" : csrf.getToken(), name,
                notice == null ? null : notice.toString());
    }
}
