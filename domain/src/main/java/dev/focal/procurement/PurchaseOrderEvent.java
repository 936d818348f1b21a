package dev.focal.procurement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a PO's history: who did what when. {@code action} is one of CREATED, LINES, SUBMITTED,
 * APPROVED, REJECTED, SENT, RECEIVED, CANCELLED, CLOSED; {@code from}/{@code to} are set for state changes.
 */
public record PurchaseOrderEvent(Instant at, String actor, String action, @Nullable PurchaseOrderStatus from,
                                 @Nullable PurchaseOrderStatus to, @Nullable String detail) {
}
