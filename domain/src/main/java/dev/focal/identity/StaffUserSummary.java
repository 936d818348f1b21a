package dev.focal.identity;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A staff user as lists and forms show it; {@code version} guards concurrent edits. */
public record StaffUserSummary(StaffUserId id, String username, String displayName, Set<Role> roles, boolean enabled,
                               boolean locked, @Nullable Instant lastSignInAt, Instant createdAt, long version) {
}
