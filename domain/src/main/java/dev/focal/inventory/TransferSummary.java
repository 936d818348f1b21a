package dev.focal.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A transfer in the list: its ends, status, expected arrival and size. */
public record TransferSummary(UUID id, String number, String fromLocation, String toLocation, TransferStatus status,
                              @Nullable LocalDate expectedOn, int lines, int units, String createdBy,
                              Instant createdAt) {
}
