package dev.focal.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An API token as its owner sees it later: never the token itself, only its first characters. */
public record ApiTokenView(UUID id, String name, String prefix, Instant createdAt, @Nullable Instant expiresAt,
                           @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    public boolean usable(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
