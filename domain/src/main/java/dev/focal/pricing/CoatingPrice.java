package dev.focal.pricing;

import dev.focal.shared.Money;

/** The price of a coating on a pair of lenses of a lens product (by code), in a price list. */
public record CoatingPrice(String lensProductId, String coating, Money price) {
}
