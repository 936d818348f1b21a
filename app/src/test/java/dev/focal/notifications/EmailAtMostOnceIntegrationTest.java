package dev.focal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.IntegrationTest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * E-mail goes out at most once per message (ADR 0019): claimed before SMTP, a stable Message-ID, no automatic
 * resend once SMTP may have taken it, retries only for failures before the server accepted it, and a circuit
 * breaker that makes messages wait while SMTP is down.
 */
@IntegrationTest
class EmailAtMostOnceIntegrationTest {

    @Autowired
    EmailDelivery delivery;
    @Autowired
    NotificationMessageRepository messages;
    @Autowired
    CircuitBreakerRegistry breakers;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JdbcTemplate jdbc;

    SmtpStub smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new SmtpStub(delivery, breakers);
    }

    @AfterEach
    void stopSmtp() {
        smtp.close();
    }

    private UUID storedMessage(String recipient) {
        var email = new RenderedEmail("purchase-order", recipient, "Purchase order PO-1 from Focal", "Hello,\n\nour PO.",
                null, new RenderedEmail.Attachment("PO-1.pdf", "application/pdf", new byte[] {37, 80, 68, 70}));
        return messages.save(new NotificationMessage("test:" + UUID.randomUUID(), email, Instant.now())).id();
    }

    private String status(UUID id) {
        return jdbc.queryForObject("select status from notification_message where id = ?", String.class, id);
    }

    @Test
    void a_message_is_marked_sending_and_committed_before_smtp_is_called_and_carries_a_message_id_of_its_own() {
        UUID id = storedMessage("supplier-" + UUID.randomUUID() + "@example.com");
        List<String> statusSeenBySmtp = new ArrayList<>();
        JavaMailSenderImpl real = SmtpStub.senderTo(smtp.server.getSmtp().getPort());
        smtp.use(new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... mimeMessages) {
                if (isFor(id, mimeMessages[0])) {
                    statusSeenBySmtp.add(status(id));
                }
                real.send(mimeMessages);
            }
        });

        delivery.deliver(id);

        assertThat(statusSeenBySmtp).containsExactly("SENDING");
        assertThat(status(id)).isEqualTo("SENT");
        var mine = java.util.Arrays.stream(smtp.received()).filter(m -> isFor(id, m)).toList();
        assertThat(mine).hasSize(1);
        assertThat(header(mine.getFirst(), "Message-ID")).isEqualTo("<" + id + "@focal.local>");
    }

    @Test
    void a_failure_after_the_data_went_out_marks_the_message_uncertain_and_it_is_never_sent_again() {
        UUID id = storedMessage("supplier-" + UUID.randomUUID() + "@example.com");
        JavaMailSenderImpl real = SmtpStub.senderTo(smtp.server.getSmtp().getPort());
        smtp.use(new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... mimeMessages) {
                real.send(mimeMessages);
                if (!isFor(id, mimeMessages[0])) {
                    return;
                }
                throw new MailSendException(Map.of(mimeMessages[0],
                        new MessagingException("Exception reading response (connection reset)")));
            }
        });

        delivery.deliver(id);
        delivery.deliver(id);
        delivery.sweepPending();

        assertThat(received(id)).hasSize(1);
        var stored = messages.findById(id).orElseThrow().toView();
        assertThat(stored.status()).isEqualTo(MessageStatus.UNCERTAIN);
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.lastError()).contains("connection reset");
    }

    @Test
    void a_message_left_sending_by_a_crash_is_not_resent_and_the_sweep_marks_it_uncertain_for_a_person() {
        UUID id = storedMessage("supplier-" + UUID.randomUUID() + "@example.com");
        jdbc.update("update notification_message set status = 'SENDING', attempts = 1, claimed_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(20))), id);

        delivery.deliver(id);
        assertThat(received(id)).isEmpty();
        assertThat(status(id)).isEqualTo("SENDING");

        delivery.sweepPending();
        delivery.deliver(id);

        assertThat(received(id)).isEmpty();
        var stored = messages.findById(id).orElseThrow().toView();
        assertThat(stored.status()).isEqualTo(MessageStatus.UNCERTAIN);
        assertThat(stored.lastError()).contains("may have been sent");
    }

    @Test
    void a_refused_connection_is_retried_within_the_attempt_but_a_refusal_of_the_message_is_not() {
        int[] calls = {0};
        UUID notConnected = storedMessage("supplier-" + UUID.randomUUID() + "@example.com");
        smtp.use(new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... mimeMessages) {
                calls[0] += isFor(notConnected, mimeMessages[0]) ? 1 : 0;
                MessagingException refused = new MessagingException("Couldn't connect to host, port: 127.0.0.1, 1");
                throw new MailSendException("Mail server connection failed", refused, Map.of(mimeMessages[0], refused));
            }
        });
        assertThatThrownBy(() -> delivery.deliver(notConnected)).hasMessageContaining("SMTP refused");
        assertThat(calls[0]).isEqualTo(3);
        assertThat(status(notConnected)).isEqualTo("PENDING");

        calls[0] = 0;
        UUID refused = storedMessage("nobody-" + UUID.randomUUID() + "@example.com");
        smtp.use(new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... mimeMessages) {
                calls[0] += isFor(refused, mimeMessages[0]) ? 1 : 0;
                throw new MailSendException(Map.of(mimeMessages[0],
                        new jakarta.mail.SendFailedException("550 5.1.1 No such mailbox")));
            }
        });
        delivery.deliver(refused);
        assertThat(calls[0]).isEqualTo(1);
        assertThat(status(refused)).isEqualTo("FAILED");
    }

    @Test
    void while_the_smtp_circuit_is_open_messages_wait_unsent_and_the_state_is_on_the_metrics_endpoint() {
        CircuitBreaker breaker = breakers.circuitBreaker(EmailDelivery.PROVIDER);
        smtp.use(SmtpStub.senderTo(1));
        for (int i = 0; i < 10 && breaker.getState() == CircuitBreaker.State.CLOSED; i++) {
            UUID failing = storedMessage("supplier-" + UUID.randomUUID() + "@example.com");
            assertThatThrownBy(() -> delivery.deliver(failing)).hasMessageContaining("SMTP refused");
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(meters.get("resilience4j.circuitbreaker.state").tags("name", "smtp", "state", "open").gauge()
                .value()).isEqualTo(1.0);
        assertThat(meters.get("resilience4j.retry.calls").tags("name", "smtp", "kind", "failed_with_retry")
                .functionCounter().count()).isGreaterThan(0);

        smtp.use(SmtpStub.senderTo(smtp.server.getSmtp().getPort()));
        UUID waiting = storedMessage("supplier-" + UUID.randomUUID() + "@example.com");
        delivery.deliver(waiting);

        var stored = messages.findById(waiting).orElseThrow().toView();
        assertThat(stored.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(stored.attempts()).isZero();
        assertThat(received(waiting)).isEmpty();

        breaker.transitionToClosedState();
        delivery.deliver(waiting);
        assertThat(status(waiting)).isEqualTo("SENT");
        assertThat(received(waiting)).hasSize(1);
    }

    private List<MimeMessage> received(UUID id) {
        return java.util.Arrays.stream(smtp.received()).filter(m -> isFor(id, m)).toList();
    }

    /** Background jobs may deliver other tests' messages through the same sender meanwhile. */
    private static boolean isFor(UUID id, MimeMessage message) {
        String messageId = header(message, "Message-ID");
        return messageId != null && messageId.contains(id.toString());
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
