package dev.focal.inventory;

import java.time.LocalDate;

/** A lot in stock that expires soon: the SKU, where it lies, its lot number (empty when none) and units. */
public record ExpiringLot(String sku, String description, String locationCode, String lot, LocalDate expiresOn,
                          int onHand) {
}
