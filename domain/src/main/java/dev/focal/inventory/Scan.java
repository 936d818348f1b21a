package dev.focal.inventory;

import dev.focal.catalog.SkuFacts;

/** What a scanned code is: a SKU (by barcode or SKU code), a bin, or nothing Focal knows. */
public sealed interface Scan {

    String scanned();

    record OfSku(String scanned, SkuFacts sku) implements Scan {
    }

    record OfBin(String scanned, BinLocation bin) implements Scan {
    }

    record Unknown(String scanned) implements Scan {
    }
}
