package dev.focal.storefront.account;

/**
 * Model of the "forgot password" page; {@code sent} after a request, whatever the address; {@code throttled} after
 * too many requests for the address or from the client, whether or not an account uses it.
 */
public record ForgotPage(boolean sent, boolean throttled, String email) {
}
