package dev.focal.storefront.shell;

import dev.focal.customers.CustomerPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Adds the {@link Chrome} to the model of every storefront controller, in every slice. */
@ControllerAdvice(basePackages = "dev.focal.storefront")
class ChromeAdvice {

    @ModelAttribute("chrome")
    Chrome chrome(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String name = auth != null && auth.getPrincipal() instanceof CustomerPrincipal customer ? customer.fullName() : null;
        var flash = RequestContextUtils.getInputFlashMap(request);
        Object notice = flash == null ? null : flash.get(Chrome.NOTICE);
        return new Chrome(() -> csrf == null ? "_csrf" : csrf.getParameterName(), () -> csrf == null ? "" : csrf.getToken(), name,
                notice == null ? null : notice.toString());
    }
}
