/**
 * The storefront's frame around every page: the customer security chain, the chrome (who is signed in, the CSRF
 * field, one-time notices), the home page and robots.txt, and what forms of every slice share ({@link
 * dev.focal.storefront.shell.FormErrors}). Shell depends on no other slice.
 */
@NullMarked
package dev.focal.storefront.shell;

import org.jspecify.annotations.NullMarked;
