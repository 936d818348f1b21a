package dev.focal.storefront.account;

import dev.focal.storefront.shell.FormErrors;

/**
 * Model of the sign-up page. The password is never echoed back. {@code sent} after a valid sign-up, whether the
 * address was new or had an account already.
 */
public record RegisterPage(boolean sent, String email, String fullName, FormErrors errors) {

    static RegisterPage blank() {
        return new RegisterPage(false, "", "", new FormErrors());
    }

    static RegisterPage checkYourEmail() {
        return new RegisterPage(true, "", "", new FormErrors());
    }
}
