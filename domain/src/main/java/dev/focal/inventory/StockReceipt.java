package dev.focal.inventory;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Stock arriving at a location: from a supplier (a purchase order receipt), a customer return or a found box. */
public record StockReceipt(String sku, String locationCode, @Nullable String binCode, int quantity, @Nullable String lot,
                           @Nullable LocalDate expiresOn, String sourceType, String sourceRef, @Nullable String note) {
}
