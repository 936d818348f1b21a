package dev.focal.identity;

import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditLog;
import dev.focal.audit.AuditRecord;
import dev.focal.identity.IdentityExceptions.InvalidApiToken;
import dev.focal.identity.IdentityExceptions.WrongCurrentPassword;
import dev.focal.shared.Ids;
import dev.focal.shared.Roles;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a staff member creates one (shown once) after typing their password again, uses it as
 * {@code Authorization: Bearer ...} on {@code /api/v1}, and can revoke it. The token acts with the owner's roles
 * at the time of the call. No token lives longer than the limit an admin sets ({@link #maxLifetimeDays()}), and
 * an admin's password reset revokes all of the owner's tokens (ADR 0016).
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

    static final String PREFIX = "focal_";
    /** The bounds of the admin's lifetime limit, as the table's check constraint. */
    public static final int MIN_LIFETIME_DAYS = 1;
    public static final int MAX_LIFETIME_DAYS = 3650;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenStore store;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(ApiTokenStore store, PasswordEncoder passwords, AuditLog audit, Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A new token for the signed-in staff member, who proves it is them with their password; the returned text is
     * the only time the token is shown. Without an expiry the token lives as long as the limit allows.
     *
     * @throws InvalidApiToken for a blank or long name ({@code name}), or an expiry in the past or beyond the
     *         lifetime limit ({@code expiresAt})
     * @throws WrongCurrentPassword when the password is not the signed-in member's
     */
    @Transactional
    @PreAuthorize(Roles.ANY_STAFF)
    public String create(String name, @Nullable Instant expiresAt, String currentPassword) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidApiToken("name", "Give the token a name of up to 100 characters, like \"stock sync\".");
        }
        Instant now = clock.instant();
        int maxDays = store.maxLifetimeDays();
        Instant latest = now.plus(Duration.ofDays(maxDays));
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidApiToken("expiresAt", "The expiry must lie in the future.");
        }
        if (expiresAt != null && expiresAt.isAfter(latest)) {
            throw new InvalidApiToken("expiresAt", "Tokens may live at most " + maxDays + " days: choose "
                    + latest.atZone(clock.getZone()).toLocalDate() + " or earlier.");
        }
        var owner = currentOwner();
        if (currentPassword == null || !passwords.matches(currentPassword, owner.passwordHash())) {
            throw new WrongCurrentPassword();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.insert(Ids.newId(), owner.id(), name.strip(), hash(token), token.substring(0, 12), now,
                expiresAt == null ? latest : expiresAt);
        audit.record(AuditRecord.of(actor(), AuditAction.API_TOKEN_CREATED, "staff_user", owner.id(),
                "token " + name.strip()));
        return token;
    }

    @PreAuthorize(Roles.ANY_STAFF)
    public List<ApiTokenView> mine() {
        return store.ofOwner(currentOwner().id());
    }

    @Transactional
    @PreAuthorize(Roles.ANY_STAFF)
    public void revoke(UUID tokenId) {
        UUID owner = currentOwner().id();
        if (!store.revoke(tokenId, owner, clock.instant())) {
            throw new IllegalArgumentException("No such active token of yours.");
        }
        audit.record(AuditRecord.of(actor(), AuditAction.API_TOKEN_REVOKED, "staff_user", owner, "token " + tokenId));
    }

    /** The longest a token may live, in days; a token older than this no longer works. */
    @PreAuthorize(Roles.ANY_STAFF)
    public int maxLifetimeDays() {
        return store.maxLifetimeDays();
    }

    /** Sets the lifetime limit; lowering it stops older tokens at once. */
    @Transactional
    @PreAuthorize(Roles.ADMINS_ONLY)
    public void setMaxLifetimeDays(int days) {
        if (days < MIN_LIFETIME_DAYS || days > MAX_LIFETIME_DAYS) {
            throw new InvalidApiToken("maxLifetimeDays",
                    "Choose between " + MIN_LIFETIME_DAYS + " and " + MAX_LIFETIME_DAYS + " days.");
        }
        int before = store.maxLifetimeDays();
        store.setMaxLifetimeDays(days, actor(), clock.instant());
        audit.record(new AuditRecord(actor(), AuditAction.API_TOKEN_POLICY_CHANGED, "api_token_policy", null,
                before + " -> " + days + " days"));
    }

    /** The staff member a token stands for, when it is valid; records its use. */
    @Transactional
    @PreAuthorize("permitAll()")
    public Optional<StaffPrincipal> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.usable(hash(token), now).map(found -> {
            store.used(found.tokenId(), now);
            return new StaffPrincipal(found.user(), found.username(), found.displayName(), store.roles(found.user()),
                    found.sessionVersion());
        });
    }

    /** Revokes every token of a user whose password an admin has reset; the caller audits the reset. */
    @Transactional
    void revokeAllOf(StaffUserId owner) {
        int revoked = store.revokeAll(owner.value(), clock.instant());
        if (revoked > 0) {
            audit.record(AuditRecord.of(actor(), AuditAction.API_TOKEN_REVOKED, "staff_user", owner.value(),
                    "all " + revoked + " active token(s), with the password reset"));
        }
    }

    private ApiTokenStore.Owner currentOwner() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String username = auth == null ? "" : auth.getName();
        return store.owner(username).orElseThrow(
                () -> new IllegalStateException("API tokens belong to staff users; " + username + " is none."));
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
