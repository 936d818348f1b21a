/**
 * Customer accounts of the storefront: sign-up, sign-in credentials, password reset. Later: addresses,
 * prescriptions and consents. Owns customer PII and the rules for reading it.
 */
@ApplicationModule
@NullMarked
package dev.focal.customers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
