package dev.focal.storefront.account;

import dev.focal.storefront.shell.FormErrors;

/** Model of the sign-up page. The password is never echoed back. */
public record RegisterPage(String email, String fullName, FormErrors errors) {
}
