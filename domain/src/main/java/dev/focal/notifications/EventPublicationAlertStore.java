package dev.focal.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** SQL of {@link EventPublicationWatch}: stale publications of the Modulith registry and which were alerted. */
@Repository
class EventPublicationAlertStore {

    private final JdbcTemplate jdbc;

    EventPublicationAlertStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Incomplete publications published before {@code cutoff} that no alert named yet, oldest first. */
    List<EventPublicationWatch.StalePublication> staleNotAlerted(Instant cutoff) {
        return jdbc.query("""
                        select p.id, p.listener_id, p.event_type, p.publication_date from event_publication p
                        where p.completion_date is null and p.publication_date < ?
                          and not exists (select 1 from event_publication_alert a where a.publication_id = p.id)
                        order by p.publication_date""",
                (rs, row) -> new EventPublicationWatch.StalePublication(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getTimestamp(4).toInstant()),
                Timestamp.from(cutoff));
    }

    /** Remembers that an alert named the publication; false when one did already (another node, a race). */
    boolean markAlerted(UUID publicationId, Instant now) {
        return jdbc.update("insert into event_publication_alert (publication_id, alerted_at) values (?, ?) "
                + "on conflict do nothing", publicationId, Timestamp.from(now)) == 1;
    }

    /** Forgets the marks of publications that are gone (completed and deleted). */
    void forgetGone() {
        jdbc.update("delete from event_publication_alert a where not exists "
                + "(select 1 from event_publication p where p.id = a.publication_id)");
    }
}
