package dev.focal.identity;

import java.util.Set;

/**
 * Who signed in: what the security layer turns into an authenticated principal. {@code sessionVersion} is the
 * account's session version at sign-in; a session whose number is no longer the account's is over (ADR 0016).
 */
public record StaffPrincipal(StaffUserId id, String username, String displayName, Set<Role> roles,
                             long sessionVersion) {
}
