package dev.focal.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The API token tables through plain SQL: tokens (only their hashes) and the one-row lifetime policy. */
@Component
class ApiTokenStore {

    /** A staff account as token creation needs it: who, and the hash the password is checked against. */
    record Owner(UUID id, String passwordHash) {
    }

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Owner> owner(String username) {
        return jdbc.sql("select id, password_hash from staff_user where username = ?").param(username)
                .query((rs, n) -> new Owner(rs.getObject(1, UUID.class), rs.getString(2))).optional();
    }

    void insert(UUID id, UUID owner, String name, String tokenHash, String prefix, Instant now, Instant expiresAt) {
        jdbc.sql("""
                insert into api_token (id, staff_user_id, name, token_hash, prefix, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, owner, name, tokenHash, prefix, Timestamp.from(now), Timestamp.from(expiresAt))
                .update();
    }

    List<ApiTokenView> ofOwner(UUID owner) {
        return jdbc.sql("""
                select id, name, prefix, created_at, expires_at, last_used_at, revoked_at from api_token
                where staff_user_id = ? order by created_at desc""")
                .param(owner)
                .query((rs, n) -> new ApiTokenView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
                        instant(rs.getTimestamp(7))))
                .list();
    }

    boolean revoke(UUID tokenId, UUID owner, Instant now) {
        return jdbc.sql("update api_token set revoked_at = ? where id = ? and staff_user_id = ? and revoked_at is null")
                .params(Timestamp.from(now), tokenId, owner).update() > 0;
    }

    /** Revokes every active token of the owner; returns how many. */
    int revokeAll(UUID owner, Instant now) {
        return jdbc.sql("update api_token set revoked_at = ? where staff_user_id = ? and revoked_at is null")
                .params(Timestamp.from(now), owner).update();
    }

    /**
     * The owner of a usable token and the token's id: not revoked, not expired, younger than the lifetime limit,
     * and its owner enabled.
     */
    Optional<UsableToken> usable(String tokenHash, Instant now) {
        return jdbc.sql("""
                select t.id, u.id, u.username, u.display_name, u.session_version
                from api_token t join staff_user u on u.id = t.staff_user_id
                cross join api_token_policy p
                where t.token_hash = ? and t.revoked_at is null and (t.expires_at is null or t.expires_at > ?)
                  and t.created_at > cast(? as timestamptz) - make_interval(days => p.max_lifetime_days)
                  and u.enabled""")
                .params(tokenHash, Timestamp.from(now), Timestamp.from(now))
                .query(ApiTokenStore::usableToken)
                .optional();
    }

    void used(UUID tokenId, Instant now) {
        jdbc.sql("update api_token set last_used_at = ? where id = ?").params(Timestamp.from(now), tokenId).update();
    }

    Set<Role> roles(StaffUserId user) {
        Set<Role> roles = new HashSet<>();
        jdbc.sql("select role from staff_user_role where staff_user_id = ?").param(user.value())
                .query(String.class).list().forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    int maxLifetimeDays() {
        return jdbc.sql("select max_lifetime_days from api_token_policy").query(Integer.class).single();
    }

    void setMaxLifetimeDays(int days, String actor, Instant now) {
        jdbc.sql("update api_token_policy set max_lifetime_days = ?, updated_at = ?, updated_by = ?")
                .params(days, Timestamp.from(now), actor).update();
    }

    /** A usable token's id and the principal it stands for, before its roles are read. */
    record UsableToken(UUID tokenId, StaffUserId user, String username, String displayName, long sessionVersion) {
    }

    private static UsableToken usableToken(ResultSet rs, int row) throws SQLException {
        return new UsableToken(rs.getObject(1, UUID.class), new StaffUserId(rs.getObject(2, UUID.class)),
                rs.getString(3), rs.getString(4), rs.getLong(5));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
