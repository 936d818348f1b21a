package dev.focal.inventory;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A count sheet's header row, as the cycle count services work with it. */
record CountSheetHead(UUID id, String number, UUID locationId, String locationCode, CountScope scope,
                      String scopeText, CountSheetStatus status, String createdBy, @Nullable String approvedBy,
                      @Nullable Instant approvedAt, long version) {
}
