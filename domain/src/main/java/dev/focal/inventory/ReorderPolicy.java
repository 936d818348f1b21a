package dev.focal.inventory;

import org.jspecify.annotations.Nullable;

/**
 * When and how much to reorder a SKU at a location. Reorder when available stock is at or below
 * {@code reorderPoint}; then order either a fixed {@code reorderQuantity} or up to {@code maxQuantity}
 * (min/max), exactly one of them. {@code safetyStock} is the part of the reorder point held against late
 * deliveries and demand peaks.
 */
public record ReorderPolicy(String sku, String locationCode, int safetyStock, int reorderPoint,
                            @Nullable Integer reorderQuantity, @Nullable Integer maxQuantity, long version) {

    /** How many to order when {@code available} + {@code onOrder} is at or below the reorder point, else 0. */
    public int quantityToOrder(int available, int onOrder) {
        int position = available + onOrder;
        if (position > reorderPoint) {
            return 0;
        }
        if (reorderQuantity != null) {
            int quantity = reorderQuantity;
            while (position + quantity <= reorderPoint) {
                quantity += reorderQuantity;
            }
            return quantity;
        }
        return maxQuantity == null ? 0 : maxQuantity - position;
    }
}
