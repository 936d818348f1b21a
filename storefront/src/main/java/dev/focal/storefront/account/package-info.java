/**
 * The customer's account: sign-in page, sign-up, forgotten and new password, and the account page.
 */
@NullMarked
package dev.focal.storefront.account;

import org.jspecify.annotations.NullMarked;
