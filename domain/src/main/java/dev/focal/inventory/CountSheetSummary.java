package dev.focal.inventory;

import java.time.Instant;
import java.util.UUID;

/** A count sheet in the list: where, what, how far counted. */
public record CountSheetSummary(UUID id, String number, String locationCode, CountScope scope, String scopeText,
                                CountSheetStatus status, int lines, int counted, String createdBy, Instant createdAt,
                                long version) {
}
