package dev.focal.notifications;

import dev.focal.shared.Actors;
import dev.focal.shared.Ids;
import dev.focal.shared.Refused;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts to staff of a role (a stock ledger that does not add up, for admins), shown on the start page until
 * someone with that role dismisses them. Raised by listeners in this module, never by users.
 */
@Service
@Transactional(readOnly = true)
public class StaffAlerts {

    /** An alert as shown: for staff with {@code role}. */
    public record Alert(UUID id, String role, String title, String body, Instant createdAt) {
    }

    /** The alert is not open for any of the signed-in user's roles (dismissed already, or not theirs). */
    public static final class AlertNotOpen extends Refused {
        AlertNotOpen() {
            super("That alert was dismissed already.");
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    StaffAlerts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Open alerts for any role of the signed-in staff member, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<Alert> open() {
        List<String> roles = roles();
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, role, title, body, created_at from staff_alert
                where dismissed_at is null and role in (:roles) order by created_at desc, id desc limit 50""")
                .param("roles", roles)
                .query((rs, n) -> new Alert(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** Dismisses an open alert of one of the signed-in user's roles, for everyone with that role. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void dismiss(UUID id) {
        List<String> roles = roles();
        int changed = roles.isEmpty() ? 0 : jdbc.sql("""
                update staff_alert set dismissed_by = :by, dismissed_at = :at
                where id = :id and dismissed_at is null and role in (:roles)""")
                .param("by", Actors.current()).param("at", Timestamp.from(clock.instant())).param("id", id)
                .param("roles", roles).update();
        if (changed == 0) {
            throw new AlertNotOpen();
        }
    }

    /** Raises an alert unless one with the same cause exists; returns the new alert's ID. */
    @Transactional
    Optional<UUID> raise(String role, String title, String body, String dedupKey) {
        UUID id = Ids.newId();
        int inserted = jdbc.sql("""
                insert into staff_alert (id, role, title, body, dedup_key, created_at) values (?, ?, ?, ?, ?, ?)
                on conflict (dedup_key) do nothing""")
                .params(id, role, abbreviate(title, 200), abbreviate(body, 4000), abbreviate(dedupKey, 200),
                        Timestamp.from(clock.instant()))
                .update();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    private static List<String> roles() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return List.of();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).distinct().toList();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
