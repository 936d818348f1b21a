/**
 * The public shop at {@code /}: server-rendered pages (Spring MVC + precompiled JTE) that work without
 * JavaScript, customer sign-up, sign-in and account, and the customers' own security chain.
 */
@ApplicationModule
@NullMarked
package dev.focal.storefront;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
