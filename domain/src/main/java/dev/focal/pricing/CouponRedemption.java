package dev.focal.pricing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A coupon used by an order. {@code repeated} is true when the order had redeemed it already, so this call
 * changed nothing.
 */
public record CouponRedemption(String code, String orderRef, @Nullable String customerId, Instant redeemedAt,
                               boolean repeated) {
}
