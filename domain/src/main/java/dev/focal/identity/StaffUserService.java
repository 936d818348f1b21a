package dev.focal.identity;

import dev.focal.shared.Roles;
import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditLog;
import dev.focal.audit.AuditRecord;
import dev.focal.identity.IdentityExceptions.CannotChangeOwnAccess;
import dev.focal.identity.IdentityExceptions.StaffUserChanged;
import dev.focal.identity.IdentityExceptions.StaffUserNotFound;
import dev.focal.identity.IdentityExceptions.UsernameTaken;
import dev.focal.identity.IdentityExceptions.WrongCurrentPassword;
import dev.focal.shared.PasswordPolicy;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff user administration (admins) and a staff member's own password. Every change is audited. Disabling a
 * user, changing their roles and any new password end the sessions they have open (ADR 0016); an admin's
 * password reset also revokes their API tokens.
 */
@Service
@Transactional(readOnly = true)
public class StaffUserService {

    private final StaffUserRepository users;
    private final PasswordEncoder passwords;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final Clock clock;
    private final FailedSignInStore failedSignIns;

    StaffUserService(StaffUserRepository users, PasswordEncoder passwords, ApiTokens tokens, AuditLog audit,
                     Clock clock, FailedSignInStore failedSignIns) {
        this.failedSignIns = failedSignIns;
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Roles.ADMINS_ONLY)
    public Page<StaffUserSummary> find(StaffUserFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username"));
        Set<UUID> locked = failedSignIns.lockedUsers(clock.instant());
        return users.findAll(matching(filter), sorted).map(u -> u.toSummary(locked.contains(u.id().value())));
    }

    @PreAuthorize(Roles.ADMINS_ONLY)
    public long count(StaffUserFilter filter) {
        return users.count(matching(filter));
    }

    @PreAuthorize(Roles.ADMINS_ONLY)
    public StaffUserSummary get(StaffUserId id) {
        return load(id).toSummary(failedSignIns.lockedUsers(clock.instant()).contains(id.value()));
    }

    @Transactional
    @PreAuthorize(Roles.ADMINS_ONLY)
    public StaffUserId create(CreateStaffUser command) {
        Username username = Username.of(command.username());
        if (users.existsByUsername(username.value())) {
            throw new UsernameTaken(username.value());
        }
        PasswordPolicy.check(command.password(), username.value());
        StaffUser user = new StaffUser(username, command.displayName(), command.roles(),
                passwords.encode(command.password()), clock.instant());
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException raced) {
            throw new UsernameTaken(username.value());
        }
        audit.record(AuditRecord.of(currentUser(), AuditAction.STAFF_USER_CREATED, "staff_user", user.id(),
                username.value() + " with roles " + roles(command.roles())));
        return user.id();
    }

    @Transactional
    @PreAuthorize(Roles.ADMINS_ONLY)
    public void update(UpdateStaffUser command) {
        StaffUser user = loadAt(command.id(), command.version());
        if (user.username().equals(currentUser()) && !command.roles().contains(Role.ADMIN)) {
            throw new CannotChangeOwnAccess("You cannot remove the administrator role from your own account.");
        }
        StaffUserSummary before = user.toSummary(false);
        user.update(command.displayName(), command.roles());
        users.saveAndFlush(user);
        audit.record(AuditRecord.of(currentUser(), AuditAction.STAFF_USER_UPDATED, "staff_user", user.id(),
                user.username() + ": roles " + roles(before.roles()) + " -> " + roles(command.roles())
                        + (before.displayName().equals(command.displayName().strip()) ? ""
                        : ", name \"" + before.displayName() + "\" -> \"" + command.displayName().strip() + "\"")));
    }

    @Transactional
    @PreAuthorize(Roles.ADMINS_ONLY)
    public void setEnabled(StaffUserId id, long version, boolean enabled) {
        StaffUser user = loadAt(id, version);
        if (!enabled && user.username().equals(currentUser())) {
            throw new CannotChangeOwnAccess("You cannot disable your own account.");
        }
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
        users.saveAndFlush(user);
        audit.record(AuditRecord.of(currentUser(),
                enabled ? AuditAction.STAFF_USER_ENABLED : AuditAction.STAFF_USER_DISABLED, "staff_user", user.id(),
                user.username()));
    }

    /**
     * Sets a new password chosen by the admin (who passes it on); also lifts every lockout of the user, ends the
     * user's open sessions and revokes their API tokens (whoever the reset is for may have lost control of them).
     */
    @Transactional
    @PreAuthorize(Roles.ADMINS_ONLY)
    public void resetPassword(StaffUserId id, String newPassword) {
        StaffUser user = load(id);
        PasswordPolicy.check(newPassword, user.username());
        user.changePassword(passwords.encode(newPassword));
        users.saveAndFlush(user);
        failedSignIns.clearAll(user.id());
        tokens.revokeAllOf(user.id());
        audit.record(AuditRecord.of(currentUser(), AuditAction.STAFF_PASSWORD_RESET, "staff_user", user.id(),
                user.username()));
    }

    /**
     * Any signed-in staff member changes their own password, proving the current one. Every session of theirs
     * ends, this one included unless the caller keeps it with the returned session version.
     *
     * @return the account's session version from now on
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long changeOwnPassword(String currentPassword, String newPassword) {
        StaffUser user = users.findByUsername(currentUser())
                .orElseThrow(() -> new IllegalStateException("The signed-in user has no staff account."));
        if (!passwords.matches(currentPassword, user.passwordHash())) {
            throw new WrongCurrentPassword();
        }
        PasswordPolicy.check(newPassword, user.username());
        user.changePassword(passwords.encode(newPassword));
        users.saveAndFlush(user);
        audit.record(AuditRecord.of(user.username(), AuditAction.STAFF_PASSWORD_CHANGED, "staff_user", user.id(),
                null));
        return user.sessionVersion();
    }

    private StaffUser load(StaffUserId id) {
        return users.findById(id.value()).orElseThrow(() -> new StaffUserNotFound(id));
    }

    private StaffUser loadAt(StaffUserId id, long version) {
        StaffUser user = load(id);
        if (user.version() != version) {
            throw new StaffUserChanged();
        }
        return user;
    }

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static String roles(Set<Role> roles) {
        return (roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles)).stream()
                .map(Role::name).collect(Collectors.joining(", ", "[", "]"));
    }

    private static Specification<StaffUser> matching(StaffUserFilter filter) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("username")), like),
                        cb.like(cb.lower(root.get("displayName")), like)));
            }
            if (filter.role() != null) {
                Join<StaffUser, Role> roles = root.join("roles");
                predicates.add(cb.equal(roles, filter.role()));
                if (query != null) {
                    query.distinct(true);
                }
            }
            if (!filter.includeDisabled()) {
                predicates.add(cb.isTrue(root.get("enabled")));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
