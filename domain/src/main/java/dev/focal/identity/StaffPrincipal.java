package dev.focal.identity;

import java.util.Set;

/** Who signed in: what the security layer turns into an authenticated principal. */
public record StaffPrincipal(StaffUserId id, String username, String displayName, Set<Role> roles) {
}
