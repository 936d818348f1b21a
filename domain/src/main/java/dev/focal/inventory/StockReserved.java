package dev.focal.inventory;

import java.util.List;

/** inventory.stock.reserved: order lines got stock reserved (only lines new in this request). */
public record StockReserved(String orderRef, List<ReservedLine> lines) {

    public StockReserved {
        lines = List.copyOf(lines);
    }

    public record ReservedLine(String lineRef, String sku, String locationCode, int quantity) {
    }
}
