package dev.focal.api.pricing;

import dev.focal.api.core.ApiNotFoundException;
import dev.focal.api.core.ApiInputException;
import dev.focal.catalog.Catalog;
import dev.focal.pricing.Channel;
import dev.focal.pricing.PriceLists;
import dev.focal.pricing.PriceQuote;
import dev.focal.pricing.PricingLine;
import dev.focal.pricing.PricingRequest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The price of a SKU now, with the explained breakdown of the one {@code PriceCalculator}: list price,
 * promotions that applied and those that did not (and why), tax and total.
 */
@RestController
@RequestMapping("/api/v1")
class PricesApi {

    private final Catalog catalog;
    private final PriceLists prices;
    private final Clock clock;
    private final String currency;
    private final String region;

    PricesApi(Catalog catalog, PriceLists prices, Clock clock, @Value("${focal.shop.currency:EUR}") String currency,
              @Value("${focal.shop.region:DE}") String region) {
        this.catalog = catalog;
        this.prices = prices;
        this.clock = clock;
        this.currency = currency;
        this.region = region;
    }

    @GetMapping("/prices")
    PriceQuote price(@RequestParam(required = false) @Nullable String sku,
                     @RequestParam(defaultValue = "web") String channel,
                     @RequestParam(defaultValue = "1") int quantity,
                     @RequestParam(required = false) @Nullable String customerGroup,
                     @RequestParam(required = false) @Nullable List<String> coupon) {
        if (sku == null || sku.isBlank()) {
            throw new ApiInputException("sku", "Give the SKU to price, like ?sku=FR-1001-BLK-52-18.");
        }
        Channel ch;
        try {
            ch = Channel.valueOf(channel.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiInputException("channel", "Unknown channel '" + channel + "'. Use web or store.");
        }
        if (quantity < 1 || quantity > 100) {
            throw new ApiInputException("quantity", "The quantity lies between 1 and 100.");
        }
        var facts = catalog.findActiveSku(sku)
                .orElseThrow(() -> new ApiNotFoundException("No SKU " + sku + " on sale."));
        var line = new PricingLine("1", facts.sku(), facts.productCode(), facts.brand(), facts.category().name(),
                facts.taxClass(), quantity, null);
        var request = new PricingRequest(List.of(line), ch, customerGroup, null,
                coupon == null ? Set.of() : Set.copyOf(coupon), region, clock.instant());
        return prices.quote(request, currency);
    }
}
