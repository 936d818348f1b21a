package dev.focal.inventory;

import org.jspecify.annotations.Nullable;

/** A correction of stock in one place: {@code delta} up or down, with a reason. */
public record StockAdjustment(String sku, String locationCode, @Nullable String binCode, @Nullable String lot, int delta,
                              AdjustmentReason reason, @Nullable String note) {
}
