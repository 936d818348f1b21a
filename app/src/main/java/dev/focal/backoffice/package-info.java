/**
 * The staff backoffice: Vaadin Flow views under {@code /admin}, one slice per context ({@code customers},
 * {@code catalog}, {@code pricing}, {@code inventory}, {@code procurement}, {@code admin}, {@code home}) over the
 * shared {@code ui} components and the {@code shell} (layout, sign-in, security). A slice reaches another only
 * through that slice's public {@code *Navigation} class. Views call context services directly and never touch
 * entities; each view registers its own menu entry ({@code @Menu} + {@code @MenuArea}).
 */
@ApplicationModule
@NullMarked
package dev.focal.backoffice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
