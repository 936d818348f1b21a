package dev.focal.platform;

import dev.focal.identity.Role;
import dev.focal.identity.StaffPrincipal;
import dev.focal.identity.StaffUserId;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in staff member as Spring Security holds them; no password is kept. The session version is the
 * account's at sign-in: {@link StaffSessionCheck} ends the session once the account's number has moved on.
 */
public class StaffUserDetails extends User {

    private final StaffUserId id;
    private final String displayName;
    private final Set<Role> roles;
    private final long sessionVersion;

    public StaffUserDetails(StaffPrincipal principal) {
        super(principal.username(), "", principal.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority())).collect(Collectors.toSet()));
        this.id = principal.id();
        this.displayName = principal.displayName();
        this.roles = Set.copyOf(principal.roles());
        this.sessionVersion = principal.sessionVersion();
    }

    public StaffUserId id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public long sessionVersion() {
        return sessionVersion;
    }

    /** The same member, signed in as of another session version (after changing their own password). */
    public StaffUserDetails withSessionVersion(long newSessionVersion) {
        return new StaffUserDetails(new StaffPrincipal(id, getUsername(), displayName, roles, newSessionVersion));
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
