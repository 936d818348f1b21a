package dev.focal.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One recorded entry, as the audit screen shows it. */
public record AuditEntryView(UUID id, Instant occurredAt, String actor, AuditAction action,
                             @Nullable String targetType, @Nullable String targetId, @Nullable String details,
                             @Nullable String remoteAddress, @Nullable String correlationId) {
}
