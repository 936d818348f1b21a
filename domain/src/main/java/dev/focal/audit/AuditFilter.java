package dev.focal.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Search criteria for the audit trail; every part is optional. */
public record AuditFilter(@Nullable String actor, @Nullable AuditAction action, @Nullable String text,
                          @Nullable Instant from, @Nullable Instant to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }
}
