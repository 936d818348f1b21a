package dev.focal.pricing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What to price: the lines, who buys where and when, coupon codes entered, and the tax region. */
public record PricingRequest(List<PricingLine> lines, Channel channel, @Nullable String customerGroup,
                             @Nullable String customerId, Set<String> couponCodes, String region, Instant at) {

    public PricingRequest {
        lines = List.copyOf(lines);
        couponCodes = Set.copyOf(couponCodes);
        var ids = new java.util.HashSet<String>();
        for (var line : lines) {
            if (!ids.add(line.lineId())) {
                throw new IllegalArgumentException("Line " + line.lineId() + " appears twice.");
            }
        }
    }
}
