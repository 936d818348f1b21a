package dev.focal.audit;

import org.jspecify.annotations.Nullable;

/**
 * A fact to record. {@code actor} is the username (staff), e-mail (customer) or {@code system}.
 * The time, client address and correlation ID are added by {@link AuditLog}.
 */
public record AuditRecord(String actor, AuditAction action, @Nullable String targetType, @Nullable String targetId,
                          @Nullable String details) {

    public static AuditRecord of(String actor, AuditAction action, String targetType, Object targetId, String details) {
        return new AuditRecord(actor, action, targetType, String.valueOf(targetId), details);
    }
}
