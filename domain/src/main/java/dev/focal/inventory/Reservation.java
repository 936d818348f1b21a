package dev.focal.inventory;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Stock held for one order line, as stored. */
public record Reservation(String orderRef, String lineRef, String sku, String locationCode, int quantity,
                          ReservationStatus status, @Nullable Instant expiresAt, Instant createdAt) {
}
