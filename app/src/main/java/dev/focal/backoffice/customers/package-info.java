/**
 * Customers and their prescriptions: lookup, Rx entry and amendment, the opticians' verification queue, the lens
 * feasibility check and signed Rx document links.
 */
@NullMarked
package dev.focal.backoffice.customers;

import org.jspecify.annotations.NullMarked;
