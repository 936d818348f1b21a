package dev.focal.storefront.account;

/**
 * Model of the sign-in page. {@code throttled}: too many attempts, whether or not the account exists.
 * {@code signInAgain}: a customer known by the remember-me cookie asked for a page that needs their password
 * (their prescriptions).
 */
public record SignInPage(boolean failed, boolean throttled, boolean passwordChanged, String email,
                         boolean signInAgain) {
}
