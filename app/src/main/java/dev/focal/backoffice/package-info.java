/**
 * The staff backoffice: Vaadin Flow views under {@code /admin}, its security chain and navigation. Views call
 * context services directly and never touch entities.
 */
@ApplicationModule
@NullMarked
package dev.focal.backoffice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
