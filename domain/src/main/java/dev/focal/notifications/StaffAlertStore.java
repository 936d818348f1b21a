package dev.focal.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of staff alerts (ADR 0013), table {@code staff_alert}. No rules here: {@link StaffAlerts} decides;
 * this reads and writes.
 */
@Component
class StaffAlertStore {

    private final JdbcClient jdbc;

    StaffAlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest 50 open alerts for any of the roles. */
    List<StaffAlert> open(Collection<String> roles) {
        return jdbc.sql("""
                select id, role, title, body, created_at from staff_alert
                where dismissed_at is null and role in (:roles) order by created_at desc, id desc limit 50""")
                .param("roles", roles)
                .query((rs, n) -> new StaffAlert(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** Dismisses the alert if it is open for one of the roles; true when it was. */
    boolean dismiss(UUID id, Collection<String> roles, String by, Instant at) {
        return jdbc.sql("""
                update staff_alert set dismissed_by = :by, dismissed_at = :at
                where id = :id and dismissed_at is null and role in (:roles)""")
                .param("by", by).param("at", Timestamp.from(at)).param("id", id)
                .param("roles", roles).update() > 0;
    }

    /** Inserts the alert unless one with the same dedup key exists; true when inserted. */
    boolean insert(UUID id, String role, String title, String body, String dedupKey, Instant createdAt) {
        return jdbc.sql("""
                insert into staff_alert (id, role, title, body, dedup_key, created_at) values (?, ?, ?, ?, ?, ?)
                on conflict (dedup_key) do nothing""")
                .params(id, role, title, body, dedupKey, Timestamp.from(createdAt))
                .update() == 1;
    }
}
