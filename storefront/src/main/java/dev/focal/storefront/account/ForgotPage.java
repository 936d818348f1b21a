package dev.focal.storefront.account;

/** Model of the "forgot password" page; {@code sent} after a request, whatever the address. */
public record ForgotPage(boolean sent, String email) {
}
