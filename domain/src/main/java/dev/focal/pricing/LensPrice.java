package dev.focal.pricing;

import dev.focal.shared.Money;

/** The price of a pair of lenses of a lens product (by code) in an index, in a price list. */
public record LensPrice(String lensProductId, String index, Money price) {
}
