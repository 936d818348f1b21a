package dev.focal.pricing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Command to open a price list for a channel and currency, valid from a moment (and optionally until one). */
public record CreatePriceList(String code, String name, Channel channel, String currency, boolean pricesIncludeTax,
                              Instant validFrom, @Nullable Instant validTo) {
}
