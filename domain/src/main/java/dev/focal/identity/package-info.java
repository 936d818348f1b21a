/**
 * Staff users of the backoffice: accounts, roles, password hashing, sign-in with lockout after repeated
 * failures. Customers are not here; they live in the customers context with their own table.
 */
@ApplicationModule
@NullMarked
package dev.focal.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
