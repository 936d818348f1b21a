package dev.focal.identity;

import dev.focal.shared.Ids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the staff second factor: sealed secrets, the last accepted time step, recovery code hashes. */
@Repository
class SecondFactorStore {

    private final JdbcClient jdbc;

    SecondFactorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<byte[]> activeSecret(UUID user) {
        return jdbc.sql("select secret from staff_second_factor where staff_user_id = ? and secret is not null")
                .param(user).query(byte[].class).optional();
    }

    Optional<byte[]> pendingSecret(UUID user) {
        return jdbc.sql("select pending_secret from staff_second_factor where staff_user_id = ? "
                + "and pending_secret is not null").param(user).query(byte[].class).optional();
    }

    int unusedRecoveryCodes(UUID user) {
        return jdbc.sql("select count(*) from staff_recovery_code where staff_user_id = ? and used_at is null")
                .param(user).query(Integer.class).single();
    }

    void savePending(UUID user, byte[] sealed, Instant now) {
        jdbc.sql("insert into staff_second_factor (staff_user_id, pending_secret, created_at) values (?, ?, ?) "
                        + "on conflict (staff_user_id) do update set pending_secret = excluded.pending_secret")
                .params(user, sealed, Timestamp.from(now)).update();
    }

    /** Demo data: an active secret unless the user has one already. */
    void saveActiveIfAbsent(UUID user, byte[] sealed, Instant now) {
        jdbc.sql("insert into staff_second_factor (staff_user_id, secret, confirmed_at, created_at) "
                        + "values (?, ?, ?, ?) on conflict (staff_user_id) do nothing")
                .params(user, sealed, Timestamp.from(now), Timestamp.from(now)).update();
    }

    void activatePending(UUID user, Instant now, long usedStep) {
        jdbc.sql("update staff_second_factor set secret = pending_secret, pending_secret = null, confirmed_at = ?, "
                + "last_used_step = ? where staff_user_id = ?").params(Timestamp.from(now), usedStep, user).update();
    }

    long lastUsedStep(UUID user) {
        return jdbc.sql("select last_used_step from staff_second_factor where staff_user_id = ?")
                .param(user).query(Long.class).single();
    }

    /** Records the accepted step; false when that step (or a later one) was accepted already. */
    boolean useStep(UUID user, long step) {
        return jdbc.sql("update staff_second_factor set last_used_step = ? where staff_user_id = ? "
                + "and last_used_step < ?").params(step, user, step).update() == 1;
    }

    void replaceRecoveryCodes(UUID user, List<String> hashes) {
        jdbc.sql("delete from staff_recovery_code where staff_user_id = ?").param(user).update();
        for (String hash : hashes) {
            jdbc.sql("insert into staff_recovery_code (id, staff_user_id, code_hash) values (?, ?, ?)")
                    .params(Ids.newId(), user, hash).update();
        }
    }

    /** Spends an unused code; one statement, so a code works once even when typed twice at the same moment. */
    boolean spendRecoveryCode(UUID user, String hash, Instant now) {
        return jdbc.sql("update staff_recovery_code set used_at = ? where staff_user_id = ? and code_hash = ? "
                + "and used_at is null").params(Timestamp.from(now), user, hash).update() == 1;
    }

    void remove(UUID user) {
        jdbc.sql("delete from staff_second_factor where staff_user_id = ?").param(user).update();
        jdbc.sql("delete from staff_recovery_code where staff_user_id = ?").param(user).update();
    }
}
