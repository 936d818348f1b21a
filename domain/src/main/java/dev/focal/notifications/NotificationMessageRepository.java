package dev.focal.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationMessageRepository extends JpaRepository<NotificationMessage, UUID>,
        JpaSpecificationExecutor<NotificationMessage> {

    boolean existsByDedupKey(String dedupKey);

    /**
     * Takes a waiting (or failed, retried by an admin) message for one delivery attempt: SENDING, counted. One
     * statement, so of two jobs for the same message only one gets 1; committed before SMTP is called.
     */
    @Modifying(clearAutomatically = true)
    @Query("update NotificationMessage m set m.status = dev.focal.notifications.MessageStatus.SENDING, "
            + "m.claimedAt = :now, m.attempts = m.attempts + 1 where m.id = :id "
            + "and m.status in (dev.focal.notifications.MessageStatus.PENDING, "
            + "dev.focal.notifications.MessageStatus.FAILED)")
    int claim(UUID id, Instant now);

    /** Messages left SENDING since before {@code cutoff}: the attempt died while SMTP had them. */
    @Query("select m.id from NotificationMessage m where m.status = dev.focal.notifications.MessageStatus.SENDING "
            + "and m.claimedAt < :cutoff")
    List<UUID> stuckSending(Instant cutoff);
}
