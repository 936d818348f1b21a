package dev.focal.pricing;

import java.util.List;

/** The rules in force for one calculation: promotions, coupons, Rx surcharges and tax rates. */
public record PricingRules(List<Promotion> promotions, List<Coupon> coupons, List<RxSurcharge> surcharges,
                           List<TaxRate> taxRates) {

    public PricingRules {
        promotions = List.copyOf(promotions);
        coupons = List.copyOf(coupons);
        surcharges = List.copyOf(surcharges);
        taxRates = List.copyOf(taxRates);
    }

    public static PricingRules none() {
        return new PricingRules(List.of(), List.of(), List.of(), List.of());
    }
}
