package dev.focal.inventory;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A line of the stock overview: a SKU at a location with its reorder point and nearest lot expiry. */
public record StockRow(String sku, String description, String brand, String locationCode, int onHand, int reserved,
                       @Nullable Integer reorderPoint, @Nullable LocalDate nextExpiry) {

    public int available() {
        return onHand - reserved;
    }

    public boolean belowReorderPoint() {
        return reorderPoint != null && available() <= reorderPoint;
    }
}
