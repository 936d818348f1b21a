/**
 * Procurement endpoints: purchase orders, for staff.
 */
@NullMarked
package dev.focal.api.procurement;

import org.jspecify.annotations.NullMarked;
