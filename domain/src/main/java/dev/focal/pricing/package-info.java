/**
 * What things cost: price books, lens and coating prices, Rx surcharges, promotions and coupons, tax; and the
 * one {@link dev.focal.pricing.PriceCalculator} every part of Focal uses, which explains each result.
 */
@ApplicationModule
@NullMarked
package dev.focal.pricing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
