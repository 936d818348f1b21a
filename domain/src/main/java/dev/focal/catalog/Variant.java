package dev.focal.catalog;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A sellable SKU of a product. For frames it names its colour (by code) and size (by key {@code 52-18-140}),
 * and for readers its power; other products have a single variant with neither. Barcodes are EAN-13 or UPC-A.
 */
public record Variant(String sku, @Nullable String colourCode, @Nullable String sizeKey,
                      @Nullable BigDecimal readerPower, @Nullable String barcode, Status status) {

    public enum Status { ACTIVE, DISCONTINUED }
}
