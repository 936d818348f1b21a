package dev.focal.inventory;

/** One order line to reserve: so many of a SKU at a location. */
public record ReservationLine(String lineRef, String sku, String locationCode, int quantity) {
}
