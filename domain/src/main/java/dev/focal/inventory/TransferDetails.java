package dev.focal.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A transfer with its ends, who did what when, its version and its lines. */
public record TransferDetails(UUID id, String number, String fromLocation, String fromName, String toLocation,
                              String toName, TransferStatus status, @Nullable LocalDate expectedOn,
                              @Nullable String note, String createdBy, Instant createdAt,
                              @Nullable String dispatchedBy, @Nullable Instant dispatchedAt,
                              @Nullable String finishedBy, @Nullable Instant finishedAt, long version,
                              List<TransferLine> lines) {
    public int outstanding() {
        return lines.stream().mapToInt(TransferLine::outstanding).sum();
    }
}
