package dev.focal.pricing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A price list as lists show it. */
public record PriceListSummary(PriceListId id, String code, String name, Channel channel, String currency,
                               boolean pricesIncludeTax, Instant validFrom, @Nullable Instant validTo, long version) {
}
