/**
 * Price lists, promotions, coupons, Rx surcharges, tax rates and the price preview.
 */
@NullMarked
package dev.focal.backoffice.pricing;

import org.jspecify.annotations.NullMarked;
