package dev.focal.identity;

import java.util.Set;

/** Command to change a staff user's name and roles, based on the version the editor loaded. */
public record UpdateStaffUser(StaffUserId id, long version, String displayName, Set<Role> roles) {
}
