package dev.focal.storefront.account;

/**
 * Model of the sign-in page. {@code signInAgain}: a customer known by the remember-me cookie asked for a page
 * that needs their password (their prescriptions).
 */
public record SignInPage(boolean failed, boolean passwordChanged, String email, boolean signInAgain) {
}
