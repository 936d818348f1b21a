/**
 * What things cost: price lists with item, lens and coating prices; Rx surcharges, promotions and coupons
 * stored as data; tax rates per class and region; and the one {@link dev.focal.pricing.PriceCalculator} every
 * part of Focal uses, which explains each result. Quotes go through
 * {@link dev.focal.pricing.PriceLists#quote(dev.focal.pricing.PricingRequest, String)}; checkout consumes a
 * coupon with {@link dev.focal.pricing.Coupons#redeem}.
 *
 * <p>Events, published in the writing transaction (so listeners through the event publication registry see
 * them exactly when the change commits):
 * <ul>
 *   <li>{@link dev.focal.pricing.PricesChanged} ("pricing.prices.changed"): item, lens or coating prices of a
 *       price list were set or removed, singly or in bulk; names the list, its channel, the SKUs and the lens
 *       products concerned. Storefront caches and search price facets refresh on it.</li>
 *   <li>{@link dev.focal.pricing.PromotionsChanged} ("pricing.promotions.changed"): promotions were created,
 *       changed, enabled, disabled or deleted; names their codes. Anything showing prices with active
 *       promotions refreshes on it.</li>
 *   <li>{@link dev.focal.pricing.TaxRatesChanged} ("pricing.tax_rates.changed"): a tax rate of a class and
 *       region was set or removed.</li>
 * </ul>
 */
@ApplicationModule
@NullMarked
package dev.focal.pricing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
