package dev.focal.notifications;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The JobRunr jobs that deliver e-mails. With SMTP configured ({@code FOCAL_SMTP_HOST}) a message is sent;
 * without it the message is marked as logged, and the message log in the backoffice is its only copy.
 *
 * <p>Job entry points, not an API: they run without a signed-in user, so they carry no access rule. The
 * class is public only because JobRunr invokes job methods by reflection from its own package. SMTP is
 * called outside any database transaction, and the outcome of each attempt is committed on its own, so a
 * failed attempt stays recorded while JobRunr retries.
 */
@Component
public class EmailDelivery {

    static final int RETRIES = 5;
    private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);

    private final NotificationMessageRepository messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;
    private final JobScheduler jobs;

    EmailDelivery(NotificationMessageRepository messages, ObjectProvider<JavaMailSender> mailSender,
                  PlatformTransactionManager transactions, JobScheduler jobs, Clock clock,
                  @Value("${focal.mail.from:Focal <no-reply@focal.local>}") String from) {
        this.messages = messages;
        this.mailSender = mailSender;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.from = from;
        this.jobs = jobs;
    }

    @Job(name = "Deliver e-mail %0", retries = RETRIES)
    public void deliver(UUID messageId) {
        NotificationMessage message = messages.findById(messageId)
                .orElseThrow(() -> new IllegalStateException("No message " + messageId + " (not committed yet?)"));
        if (!message.isDeliverable()) {
            log.info("Message {} was already delivered; nothing to do", messageId);
            return;
        }
        RenderedEmail email = message.email();
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            update(messageId, m -> m.logged(clock.instant()));
            log.info("No SMTP configured: message {} ({}) kept in the message log", messageId, email.kind());
            log.debug("Message {} is addressed to {}", messageId, email.recipient());
            return;
        }
        try {
            sender.send(toMime(sender, email));
        } catch (MailException | jakarta.mail.MessagingException e) {
            String error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            update(messageId, m -> m.failed(error, clock.instant(), m.attempts() + 1 > RETRIES));
            throw new IllegalStateException("SMTP refused message " + messageId + ": " + error, e);
        }
        update(messageId, m -> m.sent(clock.instant()));
        log.info("Sent message {} ({})", messageId, email.kind());
        log.debug("Message {} went to {}", messageId, email.recipient());
    }

    /**
     * Safety net for a crash between committing a message and enqueueing its job: enqueues messages that have
     * waited too long. The message ID is the job ID and JobRunr ignores an ID it already has, so a message
     * whose job exists is left to that job.
     */
    @Recurring(id = "notifications-pending-sweep", interval = "PT10M")
    @Job(name = "Enqueue e-mails that never got a job")
    public void sweepPending() {
        var cutoff = clock.instant().minus(Duration.ofMinutes(10));
        messages.findAll((root, query, cb) -> cb.and(cb.equal(root.get("status"), MessageStatus.PENDING),
                        cb.lessThan(root.get("createdAt"), cutoff)))
                .forEach(m -> jobs.<EmailDelivery>enqueue(m.id(), delivery -> delivery.deliver(m.id())));
    }

    private void update(UUID messageId, java.util.function.Consumer<NotificationMessage> change) {
        transaction.executeWithoutResult(status -> messages.findById(messageId).ifPresent(m -> {
            change.accept(m);
            messages.save(m);
        }));
    }

    MimeMessage toMime(JavaMailSender sender, RenderedEmail email) throws jakarta.mail.MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        boolean multipart = email.html() != null || email.attachment() != null;
        MimeMessageHelper helper = new MimeMessageHelper(mime, multipart, "UTF-8");
        helper.setFrom(from);
        helper.setTo(email.recipient());
        helper.setSubject(email.subject());
        if (email.html() != null) {
            helper.setText(email.text(), email.html());
        } else {
            helper.setText(email.text());
        }
        if (email.attachment() != null) {
            helper.addAttachment(email.attachment().name(), new ByteArrayResource(email.attachment().content()),
                    email.attachment().contentType());
        }
        return mime;
    }
}
