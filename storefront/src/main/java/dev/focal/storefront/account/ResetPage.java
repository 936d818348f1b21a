package dev.focal.storefront.account;

import dev.focal.storefront.shell.FormErrors;

/** Model of the "choose a new password" page. */
public record ResetPage(String token, boolean usable, FormErrors errors) {
}
