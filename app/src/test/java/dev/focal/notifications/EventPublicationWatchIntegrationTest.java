package dev.focal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.focal.IntegrationTest;
import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.CustomerId;
import dev.focal.customers.RegisterCustomer;
import dev.focal.customers.RegistrationAttempted;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * The event publication registry is watched (ADR 0019): incomplete publications are resubmitted by a
 * recurring job, a stale one raises one admin alert, completed ones do not stay.
 */
@IntegrationTest
class EventPublicationWatchIntegrationTest {

    static final String ATTEMPT_LISTENER =
            "dev.focal.notifications.CustomerEmails.on(dev.focal.customers.RegistrationAttempted)";

    @Autowired
    EventPublicationWatch watch;
    @Autowired
    CustomerAccounts accounts;
    @Autowired
    EventSerializer serializer;
    @Autowired
    JdbcTemplate jdbc;

    UUID publication = UUID.randomUUID();

    @AfterEach
    void removePublication() {
        jdbc.update("delete from event_publication where id = ?", publication);
    }

    private void insertPublication(String listener, Object event, Instant publishedAt, Instant completedAt) {
        jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, "
                        + "completion_date, status, completion_attempts) values (?, ?, ?, ?, ?, ?, ?, 0)", publication,
                listener, event.getClass().getName(), serializer.serialize(event).toString(),
                Timestamp.from(publishedAt), completedAt == null ? null : Timestamp.from(completedAt),
                completedAt == null ? "PUBLISHED" : "COMPLETED");
    }

    private long publications() {
        return jdbc.queryForObject("select count(*) from event_publication where id = ?", Long.class, publication);
    }

    @Test
    void an_incomplete_publication_is_resubmitted_by_the_recurring_job_and_then_deleted() {
        String email = "watch-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        CustomerId customer = accounts.register(new RegisterCustomer(email, "Hedy Lamarr", "frames and lenses 2026"))
                .orElseThrow();
        Instant attemptedAt = Instant.parse("2020-01-01T10:15:00Z").plusSeconds(3600L * (publication.hashCode() & 0xffff));
        insertPublication(ATTEMPT_LISTENER, new RegistrationAttempted(customer, attemptedAt),
                Instant.now().minus(Duration.ofMinutes(10)), null);

        watch.resubmitIncomplete();

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from notification_message where recipient = ? and kind = 'registration-attempt'",
                Integer.class, email) == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> publications() == 0);
    }

    @Test
    void a_publication_incomplete_past_the_threshold_is_named_in_one_admin_alert_however_often_the_job_runs() {
        UUID first = publication;
        insertPublication("dev.focal.notifications.Nobody.on(dev.focal.customers.RegistrationAttempted)",
                new RegistrationAttempted(new CustomerId(UUID.randomUUID()), Instant.now()),
                Instant.now().minus(Duration.ofHours(3)), null);
        watch.alertStale();
        publication = UUID.randomUUID();
        UUID second = publication;
        try {
            insertPublication("dev.focal.notifications.Nobody.on(dev.focal.customers.RegistrationAttempted)",
                    new RegistrationAttempted(new CustomerId(UUID.randomUUID()), Instant.now()),
                    Instant.now().minus(Duration.ofHours(4)), null);
            watch.alertStale();
            watch.alertStale();

            assertThat(alertsNaming(first)).isEqualTo(1);
            assertThat(alertsNaming(second)).isEqualTo(1);
            assertThat(jdbc.queryForList("select role from staff_alert where body like ?", String.class,
                    "%" + first + "%")).containsExactly("ADMIN");
            assertThat(jdbc.queryForObject("select body from staff_alert where body like ?", String.class,
                    "%" + second + "%")).contains("RegistrationAttempted").doesNotContain(first.toString());
        } finally {
            jdbc.update("delete from event_publication where id = ?", first);
        }
    }

    private int alertsNaming(UUID publicationId) {
        return jdbc.queryForObject("select count(*) from staff_alert where body like ?", Integer.class,
                "%" + publicationId + "%");
    }

    @Test
    void completed_publications_are_purged() {
        insertPublication(ATTEMPT_LISTENER, new RegistrationAttempted(new CustomerId(UUID.randomUUID()), Instant.now()),
                Instant.now().minus(Duration.ofDays(3)), Instant.now().minus(Duration.ofDays(3)));

        watch.purgeCompleted();

        assertThat(publications()).isZero();
    }
}
