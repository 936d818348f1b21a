package dev.focal.pricing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A stored coupon with how often it was redeemed, by how many customers, and the version an update must name. */
public record CouponDetails(String code, String description, @Nullable Integer totalLimit,
                            @Nullable Integer perCustomerLimit, @Nullable Instant expiresAt, int timesRedeemed,
                            int customersRedeemed, long version) {

    public CouponDraft toDraft() {
        return new CouponDraft(code, description, totalLimit, perCustomerLimit, expiresAt);
    }
}
