package dev.focal.inventory;

import org.jspecify.annotations.Nullable;

/** Labels for a SKU: {@code copies} of them. {@code barcode} is its EAN-13/UPC-A when it has one. */
public record SkuLabel(String sku, String description, @Nullable String barcode, int copies) {
}
