package dev.focal.inventory;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the ledger. {@code quantity} changes on hand, {@code reservedDelta} reserved. */
public record MovementView(long id, Instant occurredAt, String sku, String locationCode, @Nullable String binCode,
                           String lot, MovementKind kind, int quantity, int reservedDelta,
                           @Nullable AdjustmentReason reason, String sourceType, String sourceRef, String actor,
                           @Nullable String note) {
}
