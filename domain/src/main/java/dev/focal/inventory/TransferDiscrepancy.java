package dev.focal.inventory;

import java.time.Instant;

/** A difference recorded on a transfer line (short, over, damaged), with its note and who recorded it. */
public record TransferDiscrepancy(TransferDiscrepancyKind kind, int quantity, String note, String recordedBy,
                                  Instant recordedAt) {
}
