/**
 * The public shop at {@code /}: server-rendered pages (Spring MVC + precompiled JTE) that work without
 * JavaScript, customer sign-up, sign-in and account, and the customers' own security chain. Sliced per page
 * family ({@code shell}, {@code catalog}, {@code account}, {@code prescriptions}, {@code cart}), templates in
 * matching folders of {@code src/main/jte}; a slice uses another only through {@code shell} or that slice's
 * public {@code *Navigation} class (ArchitectureTest).
 */
@ApplicationModule
@NullMarked
package dev.focal.storefront;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
