package dev.focal.procurement;

import dev.focal.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A row of the proposal list. */
public record ReorderProposalSummary(UUID id, String supplierCode, String supplierName, ReorderProposalStatus status,
                                     Instant updatedAt, @Nullable LocalDate snoozedUntil, int lines, int units,
                                     Money total, @Nullable String poNumbers, long version) {
}
