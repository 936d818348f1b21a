package dev.focal.notifications;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jobrunr.scheduling.JobScheduler;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores a rendered e-mail in the message log and enqueues the JobRunr job that delivers it. The job is
 * enqueued after the message row commits and carries the message ID as its job ID, so a repeated enqueue
 * (a redelivered event, the sweep) never sends twice.
 */
@Component
class EmailQueue {

    private final NotificationMessageRepository messages;
    private final JobScheduler jobs;
    private final Clock clock;

    EmailQueue(NotificationMessageRepository messages, JobScheduler jobs, Clock clock) {
        this.messages = messages;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** Queues the message unless one with the same cause exists; returns the new message's ID. */
    @Transactional
    Optional<UUID> queue(String dedupKey, RenderedEmail email) {
        return queue(dedupKey, email, null);
    }

    /** As {@link #queue(String, RenderedEmail)}, for a message whose one-time link is minted at sending. */
    @Transactional
    Optional<UUID> queue(String dedupKey, RenderedEmail email, @Nullable OneTimeLink link) {
        if (messages.existsByDedupKey(dedupKey)) {
            return Optional.empty();
        }
        NotificationMessage message = messages.save(new NotificationMessage(dedupKey, email, link, clock.instant()));
        UUID id = message.id();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    enqueueDelivery(id);
                }
            });
        } else {
            enqueueDelivery(id);
        }
        return Optional.of(id);
    }

    void enqueueDelivery(UUID messageId) {
        jobs.<EmailDelivery>enqueue(messageId, delivery -> delivery.deliver(messageId));
    }
}
