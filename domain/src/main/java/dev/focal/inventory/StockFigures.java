package dev.focal.inventory;

/** A SKU's stock at one location: on hand, reserved for orders, and available = on hand - reserved. */
public record StockFigures(String sku, String locationCode, String locationName, LocationKind kind, int onHand,
                           int reserved) {

    public int available() {
        return onHand - reserved;
    }
}
