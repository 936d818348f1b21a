package dev.focal.identity;

import dev.focal.identity.IdentityExceptions.InvalidStaffUser;
import dev.focal.identity.IdentityExceptions.StaffUserField;
import dev.focal.shared.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "staff_user")
class StaffUser {

    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String username;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @Column(nullable = false)
    private boolean enabled;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = new HashSet<>();
    @Column(name = "last_sign_in_at")
    private @Nullable Instant lastSignInAt;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    /** Raised whenever sessions signed in earlier must end (ADR 0016); each session remembers its number. */
    @Column(name = "session_version", nullable = false)
    private long sessionVersion;
    @Version
    private long version;

    protected StaffUser() {
    }

    StaffUser(Username username, String displayName, Set<Role> roles, String passwordHash, Instant now) {
        this.id = Ids.newId();
        this.username = username.value();
        this.displayName = requireName(displayName);
        this.roles = new HashSet<>(requireRoles(roles));
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = now;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidStaffUser(StaffUserField.NAME, "Enter the person's name.");
        }
        if (name.strip().length() > 200) {
            throw new InvalidStaffUser(StaffUserField.NAME, "Use at most 200 characters.");
        }
        return name.strip();
    }

    private static Set<Role> requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidStaffUser(StaffUserField.ROLES, "Choose at least one role.");
        }
        return roles;
    }

    void recordSuccessfulSignIn(Instant now) {
        lastSignInAt = now;
    }

    /** New roles end the sessions signed in with the old ones; a new name alone does not. */
    void update(String displayName, Set<Role> roles) {
        this.displayName = requireName(displayName);
        Set<Role> newRoles = requireRoles(roles);
        if (!this.roles.equals(newRoles)) {
            endSessions();
        }
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    void disable() {
        if (enabled) {
            endSessions();
        }
        enabled = false;
    }

    void enable() {
        enabled = true;
    }

    /**
     * A new password ends every session signed in with the old one (the service lifts lockouts).
     */
    void changePassword(String newHash) {
        passwordHash = newHash;
        endSessions();
    }

    /** Every session signed in before this call is refused at its next request. */
    void endSessions() {
        sessionVersion++;
    }

    long sessionVersion() {
        return sessionVersion;
    }

    StaffUserId id() {
        return new StaffUserId(id);
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    long version() {
        return version;
    }

    StaffPrincipal toPrincipal() {
        return new StaffPrincipal(id(), username, displayName, Set.copyOf(roles), sessionVersion);
    }

    /** {@code locked}: failed sign-ins paused the account from at least one client address. */
    StaffUserSummary toSummary(boolean locked) {
        return new StaffUserSummary(id(), username, displayName,
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), enabled, locked, lastSignInAt, createdAt,
                version);
    }
}
