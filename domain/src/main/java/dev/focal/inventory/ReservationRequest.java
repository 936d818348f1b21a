package dev.focal.inventory;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A request to reserve: lines of one order; {@code expiresAt} makes it a checkout hold released by a job. */
public record ReservationRequest(String orderRef, List<ReservationLine> lines, @Nullable Instant expiresAt) {
    public ReservationRequest {
        lines = List.copyOf(lines);
    }
}
