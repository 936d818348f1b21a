/**
 * Stock and the warehouse floor: overview, lookup, adjustments, putaway, transfers, cycle counts, locations and
 * labels, reorder policies.
 */
@NullMarked
package dev.focal.backoffice.inventory;

import org.jspecify.annotations.NullMarked;
