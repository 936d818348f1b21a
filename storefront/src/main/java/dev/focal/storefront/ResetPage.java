package dev.focal.storefront;

/** Model of the "choose a new password" page. */
public record ResetPage(String token, boolean usable, FormErrors errors) {
}
