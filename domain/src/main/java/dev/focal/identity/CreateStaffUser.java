package dev.focal.identity;

import java.util.Set;

/** Command to add a staff user; the password must satisfy {@link dev.focal.shared.PasswordPolicy}. */
public record CreateStaffUser(String username, String displayName, Set<Role> roles, String password) {
}
