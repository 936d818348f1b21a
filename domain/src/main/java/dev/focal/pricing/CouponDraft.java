package dev.focal.pricing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A coupon as staff enter it: its code (upper-case letters, digits, dashes), what it is for, and optional
 * limits: how many orders in total, how many per customer, and when it expires. Null means unlimited.
 */
public record CouponDraft(String code, String description, @Nullable Integer totalLimit,
                          @Nullable Integer perCustomerLimit, @Nullable Instant expiresAt) {
}
