package dev.focal.pricing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A coupon code with its limits and how often it has been redeemed so far (in total and by the customer
 * being priced). A limit of {@code null} means unlimited.
 */
public record Coupon(String code, @Nullable Integer totalLimit, @Nullable Integer perCustomerLimit,
                     @Nullable Instant expiresAt, int timesRedeemed, int timesRedeemedByCustomer) {

    /** Why the coupon cannot be used now, or null when it can. */
    @Nullable String refusal(Instant at, boolean customerKnown) {
        if (expiresAt != null && !at.isBefore(expiresAt)) {
            return "coupon " + code + " expired";
        }
        if (totalLimit != null && timesRedeemed >= totalLimit) {
            return "coupon " + code + " has been used up";
        }
        if (perCustomerLimit != null && customerKnown && timesRedeemedByCustomer >= perCustomerLimit) {
            return "coupon " + code + " already used by this customer";
        }
        return null;
    }
}
