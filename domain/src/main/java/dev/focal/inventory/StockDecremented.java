package dev.focal.inventory;

/**
 * inventory.stock.decremented: stock left a location for good (picked for an order, adjusted down, or
 * dispatched in a transfer). {@code onHand} and {@code available} are the location's figures afterwards.
 */
public record StockDecremented(String sku, String locationCode, int quantity, MovementKind kind, String sourceRef,
                               int onHand, int available) {
}
