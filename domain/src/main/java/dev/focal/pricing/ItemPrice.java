package dev.focal.pricing;

import dev.focal.shared.Money;

/** The price of one SKU in a price list. */
public record ItemPrice(String sku, Money price) {
}
