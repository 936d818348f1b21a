package dev.focal.identity;

import dev.focal.shared.Roles;
import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditLog;
import dev.focal.audit.AuditRecord;
import dev.focal.shared.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a staff member creates one (shown once), uses it as {@code Authorization: Bearer ...}
 * on {@code /api/v1}, and can revoke it. The token acts with the owner's roles at the time of the call.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

    static final String PREFIX = "focal_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new token for the signed-in staff member; the returned text is the only time the token is shown. */
    @Transactional
    @PreAuthorize(Roles.ANY_STAFF)
    public String create(String name, @Nullable Instant expiresAt) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new IllegalArgumentException("Give the token a name of up to 100 characters, like \"stock sync\".");
        }
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("The expiry must lie in the future.");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID owner = currentUserId();
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into api_token (id, staff_user_id, name, token_hash, prefix, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, owner, name.strip(), hash(token), token.substring(0, 12), Timestamp.from(now),
                        expiresAt == null ? null : Timestamp.from(expiresAt))
                .update();
        audit.record(AuditRecord.of(actor(), AuditAction.API_TOKEN_CREATED, "staff_user", owner, "token " + name.strip()));
        return token;
    }

    @PreAuthorize(Roles.ANY_STAFF)
    public List<ApiTokenView> mine() {
        return jdbc.sql("""
                select id, name, prefix, created_at, expires_at, last_used_at, revoked_at from api_token
                where staff_user_id = ? order by created_at desc""")
                .param(currentUserId())
                .query((rs, n) -> new ApiTokenView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
                        instant(rs.getTimestamp(7))))
                .list();
    }

    @Transactional
    @PreAuthorize(Roles.ANY_STAFF)
    public void revoke(UUID tokenId) {
        UUID owner = currentUserId();
        int changed = jdbc.sql("update api_token set revoked_at = ? where id = ? and staff_user_id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), tokenId, owner).update();
        if (changed == 0) {
            throw new IllegalArgumentException("No such active token of yours.");
        }
        audit.record(AuditRecord.of(actor(), AuditAction.API_TOKEN_REVOKED, "staff_user", owner, "token " + tokenId));
    }

    /** The staff member a token stands for, when it is valid; records its use. */
    @Transactional
    @PreAuthorize("permitAll()")
    public Optional<StaffPrincipal> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        var found = jdbc.sql("""
                select t.id, u.id, u.username, u.display_name from api_token t join staff_user u on u.id = t.staff_user_id
                where t.token_hash = ? and t.revoked_at is null and (t.expires_at is null or t.expires_at > ?)
                  and u.enabled""")
                .params(hash(token), Timestamp.from(now))
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4)})
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = found.get();
        jdbc.sql("update api_token set last_used_at = ? where id = ?").params(Timestamp.from(now), row[0]).update();
        Set<Role> roles = new HashSet<>();
        jdbc.sql("select role from staff_user_role where staff_user_id = ?").param(row[1])
                .query(String.class).list().forEach(r -> roles.add(Role.valueOf(r)));
        return Optional.of(new StaffPrincipal(new StaffUserId((UUID) row[1]), (String) row[2], (String) row[3], roles));
    }

    private UUID currentUserId() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String username = auth == null ? "" : auth.getName();
        return jdbc.sql("select id from staff_user where username = ?").param(username).query(UUID.class).optional()
                .orElseThrow(() -> new IllegalStateException("API tokens belong to staff users; " + username + " is none."));
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

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
