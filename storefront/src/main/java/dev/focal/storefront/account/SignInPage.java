package dev.focal.storefront.account;

/** Model of the sign-in page. */
public record SignInPage(boolean failed, boolean passwordChanged, String email) {
}
