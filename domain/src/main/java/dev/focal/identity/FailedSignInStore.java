package dev.focal.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed staff sign-ins per user and client address ({@code staff_sign_in_lockout}). Callers hold the user's row
 * lock, so two attempts for one user never interleave here.
 */
@Component
class FailedSignInStore {

    /** Rows of an address that stopped failing a day ago no longer matter. */
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final JdbcClient jdbc;

    FailedSignInStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    FailedSignIns find(StaffUserId user, String clientAddress) {
        return jdbc.sql("""
                        select failed_attempts, locked_until from staff_sign_in_lockout
                        where staff_user_id = ? and client_address = ?""")
                .params(user.value(), clientAddress)
                .query((rs, row) -> {
                    Timestamp until = rs.getTimestamp("locked_until");
                    return new FailedSignIns(rs.getInt("failed_attempts"), until == null ? null : until.toInstant());
                })
                .optional().orElseGet(FailedSignIns::none);
    }

    void save(StaffUserId user, String clientAddress, FailedSignIns failures, Instant now) {
        jdbc.sql("""
                        insert into staff_sign_in_lockout
                            (staff_user_id, client_address, failed_attempts, locked_until, last_failure_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (staff_user_id, client_address) do update
                        set failed_attempts = excluded.failed_attempts, locked_until = excluded.locked_until,
                            last_failure_at = excluded.last_failure_at""")
                .params(user.value(), clientAddress, failures.inARow(),
                        failures.lockedUntil() == null ? null : Timestamp.from(failures.lockedUntil()),
                        Timestamp.from(now))
                .update();
        jdbc.sql("delete from staff_sign_in_lockout where staff_user_id = ? and last_failure_at < ?"
                        + " and (locked_until is null or locked_until < ?)")
                .params(user.value(), Timestamp.from(now.minus(FORGET_AFTER)), Timestamp.from(now))
                .update();
    }

    /** A successful sign-in from an address ends that address's count; other addresses keep theirs. */
    void clear(StaffUserId user, String clientAddress) {
        jdbc.sql("delete from staff_sign_in_lockout where staff_user_id = ? and client_address = ?")
                .params(user.value(), clientAddress).update();
    }

    /** A new password lifts every lock of the user. */
    void clearAll(StaffUserId user) {
        jdbc.sql("delete from staff_sign_in_lockout where staff_user_id = ?").param(user.value()).update();
    }

    /** The users locked out from at least one address at {@code now}. */
    Set<UUID> lockedUsers(Instant now) {
        return new HashSet<>(jdbc.sql("select distinct staff_user_id from staff_sign_in_lockout where locked_until > ?")
                .param(Timestamp.from(now)).query(UUID.class).list());
    }
}
