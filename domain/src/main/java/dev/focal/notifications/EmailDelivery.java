package dev.focal.notifications;

import dev.focal.shared.Ids;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The JobRunr jobs that deliver e-mails. With SMTP configured ({@code FOCAL_SMTP_HOST}) a message is sent;
 * without it the message is marked as logged, and the message log in the backoffice is its only copy.
 *
 * <p>At most once per message (ADR 0019): a job first claims the message (SENDING, committed), then calls SMTP
 * with a Message-ID derived from the message's ID. Only failures known to come before the server accepted the
 * message are retried (a few times at once through the {@code smtp} retry, then by JobRunr); any other failure
 * marks the message UNCERTAIN, and a message found SENDING after a crash is marked UNCERTAIN by the sweep, not
 * sent again. Calls go through the {@code smtp} circuit breaker: while it is open, messages stay waiting and
 * their job comes back when it may close.
 *
 * <p>Job entry points, not an API: they run without a signed-in user, so they carry no access rule. The
 * class is public only because JobRunr invokes job methods by reflection from its own package.
 */
@Component
public class EmailDelivery {

    static final int RETRIES = 5;
    static final String PROVIDER = "smtp";
    /** Longer than any SMTP timeout: a message SENDING for this long belongs to an attempt that died. */
    static final Duration STUCK_AFTER = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);

    private final NotificationMessageRepository messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final OneTimeLinks links;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;
    private final String messageIdDomain;
    private final JobScheduler jobs;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final boolean demo;

    EmailDelivery(NotificationMessageRepository messages, ObjectProvider<JavaMailSender> mailSender,
                  OneTimeLinks links, PlatformTransactionManager transactions, JobScheduler jobs, Clock clock,
                  CircuitBreakerRegistry circuitBreakers, RetryRegistry retries,
                  @Value("${focal.mail.from:Focal <no-reply@focal.local>}") String from,
                  @Value("${focal.demo:false}") boolean demo) {
        this.demo = demo;
        this.messages = messages;
        this.mailSender = mailSender;
        this.links = links;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.from = from;
        this.messageIdDomain = domainOf(from);
        this.jobs = jobs;
        CircuitBreakerConfig breakerConfig = circuitBreakers.getConfiguration(PROVIDER)
                .orElse(circuitBreakers.getDefaultConfig());
        this.breaker = circuitBreakers.circuitBreaker(PROVIDER, CircuitBreakerConfig.from(breakerConfig)
                .ignoreException(e -> SmtpFailures.classify(e) == SmtpFailures.Outcome.NOT_SENT_PERMANENT)
                .build());
        RetryConfig retryConfig = retries.getConfiguration(PROVIDER).orElse(retries.getDefaultConfig());
        this.retry = retries.retry(PROVIDER, RetryConfig.from(retryConfig)
                .retryOnException(SmtpFailures::retryable).build());
    }

    @Job(name = "Deliver e-mail %0", retries = RETRIES)
    public void deliver(UUID messageId) {
        NotificationMessage message = messages.findById(messageId)
                .orElseThrow(() -> new IllegalStateException("No message " + messageId + " (not committed yet?)"));
        if (!message.isDeliverable()) {
            log.info("Message {} is {}; nothing to do", messageId, message.status());
            return;
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            update(messageId, m -> m.logged(clock.instant()));
            log.info("No SMTP configured: message {} ({}) kept in the message log", messageId, message.email().kind());
            log.debug("Message {} is addressed to {}", messageId, message.email().recipient());
            if (demo && message.oneTimeLink() != null) {
                logDemoLink(message);
            }
            return;
        }
        if (!claim(messageId)) {
            log.info("Message {} is taken by another attempt; nothing to do", messageId);
            return;
        }
        Optional<RenderedEmail> outgoing = outgoing(message);
        if (outgoing.isEmpty()) {
            update(messageId, m -> m.failed("Its one-time link can no longer be made (the account is gone).",
                    clock.instant(), true));
            return;
        }
        MimeMessage mime;
        try {
            mime = toMime(sender, outgoing.get(), message.messageIdHeader(messageIdDomain));
        } catch (jakarta.mail.MessagingException e) {
            update(messageId, m -> m.failed(describe(e), clock.instant(), true));
            return;
        }
        try {
            breaker.executeCheckedSupplier(() -> Retry.decorateCheckedSupplier(retry, () -> {
                sender.send(mime);
                return null;
            }).get());
        } catch (CallNotPermittedException open) {
            update(messageId, NotificationMessage::released);
            Instant retryAt = clock.instant().plus(Duration.ofMillis(breaker.getCircuitBreakerConfig()
                    .getWaitIntervalFunctionInOpenState().apply(1)));
            jobs.<EmailDelivery>schedule(Ids.newId(), retryAt, delivery -> delivery.deliver(messageId));
            log.info("SMTP circuit open: message {} waits until {}", messageId, retryAt);
            return;
        } catch (Throwable e) {
            handleFailure(messageId, e);
            return;
        }
        update(messageId, m -> m.sent(clock.instant()));
        log.info("Sent message {} ({})", messageId, message.email().kind());
        log.debug("Message {} went to {}", messageId, message.email().recipient());
    }

    private void handleFailure(UUID messageId, Throwable e) {
        String error = describe(e);
        switch (SmtpFailures.classify(e)) {
            case NOT_SENT_TRANSIENT -> {
                update(messageId, m -> m.failed(error, clock.instant(), m.attempts() > RETRIES));
                throw new IllegalStateException("SMTP refused message " + messageId + ": " + error, e);
            }
            case NOT_SENT_PERMANENT -> {
                update(messageId, m -> m.failed(error, clock.instant(), true));
                log.warn("SMTP refused message {} for good: {}", messageId, error);
            }
            case UNKNOWN -> {
                update(messageId, m -> m.uncertain(error, clock.instant()));
                log.warn("Message {} may or may not have been sent ({}); not sending it again", messageId, error);
            }
        }
    }

    /**
     * Safety nets, every 10 minutes. A message committed but never given a job (a crash in between) gets one:
     * the message ID is the job ID and JobRunr ignores an ID it already has. A message still SENDING long after
     * its attempt began belongs to an attempt that died while SMTP had it: it is marked UNCERTAIN for a person,
     * never resent on its own.
     */
    @Recurring(id = "notifications-pending-sweep", interval = "PT10M")
    @Job(name = "Enqueue e-mails that never got a job")
    public void sweepPending() {
        Instant now = clock.instant();
        var cutoff = now.minus(Duration.ofMinutes(10));
        messages.findAll((root, query, cb) -> cb.and(cb.equal(root.get("status"), MessageStatus.PENDING),
                        cb.lessThan(root.get("createdAt"), cutoff)))
                .forEach(m -> jobs.<EmailDelivery>enqueue(m.id(), delivery -> delivery.deliver(m.id())));
        for (UUID stuck : messages.stuckSending(now.minus(STUCK_AFTER))) {
            update(stuck, m -> {
                if (m.status() == MessageStatus.SENDING) {
                    m.uncertain("Delivery stopped while SMTP had the message: it may have been sent. Ask the "
                            + "recipient before sending it again.", now);
                }
            });
            log.warn("Message {} was left being sent; marked uncertain, not sent again", stuck);
        }
    }

    /**
     * The demo without SMTP has no inbox, and the message log shows one-time links masked: the link is minted as
     * sending would and written to the console (the line with the link only, no address), so a password reset
     * can be tried offline. Never outside demo mode.
     */
    private void logDemoLink(NotificationMessage message) {
        outgoing(message).flatMap(mail -> mail.text().lines().filter(line -> line.contains("token=")).findFirst())
                .ifPresent(link -> log.info("Demo mode without SMTP: the one-time link of message {} ({}) is {}",
                        message.id(), message.email().kind(), link.strip()));
    }

    private boolean claim(UUID messageId) {
        Integer claimed = transaction.execute(status -> messages.claim(messageId, clock.instant()));
        return claimed != null && claimed == 1;
    }

    private Optional<RenderedEmail> outgoing(NotificationMessage message) {
        OneTimeLink link = message.oneTimeLink();
        return link == null ? Optional.of(message.email()) : links.reveal(message.email(), link);
    }

    private void update(UUID messageId, Consumer<NotificationMessage> change) {
        transaction.executeWithoutResult(status -> messages.findById(messageId).ifPresent(m -> {
            change.accept(m);
            messages.save(m);
        }));
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    }

    private static String domainOf(String from) {
        try {
            String address = new InternetAddress(from).getAddress();
            int at = address.lastIndexOf('@');
            return at < 0 ? "focal.local" : address.substring(at + 1);
        } catch (AddressException e) {
            return "focal.local";
        }
    }

    MimeMessage toMime(JavaMailSender sender, RenderedEmail email, String messageIdHeader)
            throws jakarta.mail.MessagingException {
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
        mime.setHeader("Message-ID", messageIdHeader);
        return mime;
    }
}
