package dev.focal.inventory;

import org.jspecify.annotations.Nullable;

/** So many of a SKU (code or barcode) to transfer; optionally from one bin and/or lot of the source. */
public record TransferDraftLine(String sku, int quantity, @Nullable String binCode, @Nullable String lot) {
}
