package dev.focal.storefront;

/** Model of the sign-up page. The password is never echoed back. */
public record RegisterPage(String email, String fullName, FormErrors errors) {
}
