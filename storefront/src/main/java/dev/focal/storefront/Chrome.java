package dev.focal.storefront;

import org.jspecify.annotations.Nullable;

/**
 * What every storefront page shows around its content: the CSRF field for forms, who is signed in,
 * and a one-time notice.
 */
public record Chrome(String csrfParameter, String csrfToken, @Nullable String customerName, @Nullable String notice) {

    public boolean signedIn() {
        return customerName != null;
    }
}
