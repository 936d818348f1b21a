package dev.focal.catalog;

import dev.focal.catalog.FrameSpec.Size;
import org.jspecify.annotations.Nullable;

/**
 * A SKU with the facts of its product that pricing, carts and the API need: which product, brand, category
 * and tax class, its state, and for frames its colour name and size.
 */
public record SkuFacts(ProductId productId, String productCode, String slug, String name, String brand,
                       Category category, String taxClass, ProductStatus productStatus, Variant variant,
                       @Nullable String colourName, @Nullable Size size) {

    public String sku() {
        return variant.sku();
    }

    /** Received units need the lot number and expiry date from the box (contact lenses); see {@link Category#needsLot}. */
    public boolean needsLot() {
        return category.needsLot();
    }

    /** Units are kept in stock (not made to order or booked); see {@link Category#stocked}. */
    public boolean stocked() {
        return category.stocked();
    }

    /** "Luna, Black, 52□18-140" and the like. */
    public String description() {
        var text = new StringBuilder(brand).append(' ').append(name);
        if (colourName != null) {
            text.append(", ").append(colourName);
        }
        if (size != null) {
            text.append(", ").append(size.marking());
        }
        if (variant.readerPower() != null) {
            text.append(", +").append(variant.readerPower().toPlainString());
        }
        return text.toString();
    }
}
