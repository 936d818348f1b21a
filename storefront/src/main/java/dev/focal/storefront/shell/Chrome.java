package dev.focal.storefront.shell;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What every storefront page shows around its content: the CSRF field for forms, who is signed in, and a
 * one-time notice. The CSRF token is read only when a template renders a form, so browsing the catalog
 * anonymously creates no session (and its pages stay cacheable).
 */
public record Chrome(Supplier<String> parameter, Supplier<String> token, @Nullable String customerName,
                     @Nullable String notice) {

    /** The flash attribute a page sets before redirecting, shown once as the next page's notice. */
    public static final String NOTICE = "notice";

    public String csrfParameter() {
        return parameter.get();
    }

    public String csrfToken() {
        return token.get();
    }

    public boolean signedIn() {
        return customerName != null;
    }
}
