package dev.focal.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the event publication registry (the outbox) short and watched: resubmits publications whose listener
 * has not completed after {@code focal.events.resubmit-after} (not only at restart), raises one admin alert
 * for publications still incomplete after {@code focal.events.alert-after} (each publication alerts once), and
 * purges completed publications (completion mode {@code delete} removes them at once; this catches any left
 * over). Lives here because its outcome is a staff alert. See ADR 0019.
 *
 * <p>Job entry points, not an API: public only because JobRunr invokes job methods by reflection.
 */
@Component
public class EventPublicationWatch {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationWatch.class);
    private static final int ALERT_LIST_LIMIT = 20;

    /** One incomplete publication as the alert names it. */
    record StalePublication(UUID id, String listener, String eventType, Instant publishedAt) {
    }

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final EventPublicationAlertStore store;
    private final StaffAlerts alerts;
    private final EmailQueue queue;
    private final EmailTemplates templates;
    private final Clock clock;
    private final Duration resubmitAfter;
    private final Duration alertAfter;
    private final String alertEmail;

    EventPublicationWatch(IncompleteEventPublications incomplete, CompletedEventPublications completed,
                          EventPublicationAlertStore store, StaffAlerts alerts, EmailQueue queue, EmailTemplates templates,
                          Clock clock,
                          @Value("${focal.events.resubmit-after:PT5M}") Duration resubmitAfter,
                          @Value("${focal.events.alert-after:PT1H}") Duration alertAfter,
                          @Value("${focal.alerts.email:}") String alertEmail) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.store = store;
        this.alerts = alerts;
        this.queue = queue;
        this.templates = templates;
        this.clock = clock;
        this.resubmitAfter = resubmitAfter;
        this.alertAfter = alertAfter;
        this.alertEmail = alertEmail.strip();
    }

    @Recurring(id = "event-publications-resubmit", interval = "PT5M")
    @Job(name = "Resubmit incomplete event publications")
    public void resubmitIncomplete() {
        alertStale();
        incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter);
    }

    @Recurring(id = "event-publications-purge", cron = "40 3 * * *")
    @Job(name = "Purge completed event publications")
    public void purgeCompleted() {
        completed.deletePublicationsOlderThan(Duration.ofDays(1));
        store.forgetGone();
    }

    /**
     * Raises one admin alert naming the publications that became stale since the last run; returns the alert's
     * ID, empty when there were none. A publication is named in one alert only, however long it stays stuck.
     */
    @Transactional
    java.util.Optional<UUID> alertStale() {
        Instant now = clock.instant();
        List<StalePublication> fresh = store.staleNotAlerted(now.minus(alertAfter)).stream()
                .filter(p -> store.markAlerted(p.id(), now)).toList();
        if (fresh.isEmpty()) {
            return java.util.Optional.empty();
        }
        int n = fresh.size();
        String title = n + (n == 1 ? " event is" : " events are") + " still not handled after " + alertAfter.toMinutes()
                + " minutes";
        StringBuilder body = new StringBuilder("A reaction to something that happened (an e-mail, a stock update, "
                + "a search index refresh) has not completed. Focal keeps resubmitting it every few minutes; "
                + "if it keeps failing, the job list and the log name the error.\n");
        fresh.stream().limit(ALERT_LIST_LIMIT).forEach(p -> body.append('\n').append(shortName(p.eventType()))
                .append(" for ").append(p.listener()).append(", published ").append(p.publishedAt())
                .append(" (publication ").append(p.id()).append(')'));
        if (n > ALERT_LIST_LIMIT) {
            body.append("\n... and ").append(n - ALERT_LIST_LIMIT).append(" more");
        }
        log.warn("{} event publication(s) incomplete for more than {}", n, alertAfter);
        var raised = alerts.raise(StaffAlertsListener.ADMIN, title, body.toString(),
                "stale-event-publications:" + fresh.getFirst().id());
        raised.ifPresent(id -> {
            if (!alertEmail.isEmpty()) {
                queue.queue("staff-alert:" + id, templates.staffAlert(alertEmail, title, body.toString()));
            }
        });
        return raised;
    }

    private static String shortName(String eventType) {
        return eventType.substring(eventType.lastIndexOf('.') + 1);
    }
}
