/**
 * Inventory endpoints: availability and stock movements, for staff.
 */
@NullMarked
package dev.focal.api.inventory;

import org.jspecify.annotations.NullMarked;
