package dev.focal.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A count sheet as its reviewer sees it: who counted, and every line with its variance. */
public record CountReview(UUID id, String number, String locationCode, CountScope scope, String scopeText,
                          CountSheetStatus status, long version, String createdBy, Set<String> counters,
                          @Nullable String approvedBy, @Nullable Instant approvedAt, List<VarianceLine> lines) {
}
