/**
 * Purchasing: suppliers and their items, purchase orders, receiving against them, reorder proposals and supplier
 * performance.
 */
@NullMarked
package dev.focal.backoffice.procurement;

import org.jspecify.annotations.NullMarked;
