package dev.focal.pricing;

import org.jspecify.annotations.Nullable;

/**
 * One cart-like line: a sellable SKU with the facts promotions look at (product, brand, category), its tax
 * class, a quantity, and lenses where the line is a pair of glasses.
 */
public record PricingLine(String lineId, String sku, String productId, String brand, String category,
                          String taxClass, int quantity, @Nullable LensChoice lens) {

    public PricingLine {
        if (quantity < 1) {
            throw new IllegalArgumentException("A line needs a quantity of at least 1.");
        }
    }
}
