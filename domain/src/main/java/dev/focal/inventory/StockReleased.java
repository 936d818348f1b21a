package dev.focal.inventory;

/** inventory.stock.released: a reservation was released (cancelled, or its checkout hold expired). */
public record StockReleased(String orderRef, String lineRef, String sku, String locationCode, int quantity,
                            boolean expired) {
}
