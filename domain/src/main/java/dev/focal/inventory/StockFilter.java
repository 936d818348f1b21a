package dev.focal.inventory;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the stock overview; null or false means "any". {@code text} matches SKU, product name or brand;
 * {@code expiringWithinDays} keeps SKUs with a lot expiring within that many days.
 */
public record StockFilter(@Nullable String text, @Nullable String locationCode, @Nullable String brand,
                          boolean belowReorderPoint, @Nullable Integer expiringWithinDays) {

    public static StockFilter all() {
        return new StockFilter(null, null, null, false, null);
    }
}
