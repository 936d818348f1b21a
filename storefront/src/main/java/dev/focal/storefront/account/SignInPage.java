package dev.focal.storefront.account;

/** Model of the sign-in page; {@code throttled} after too many attempts, whether or not the account exists. */
public record SignInPage(boolean failed, boolean throttled, boolean passwordChanged, String email) {
}
