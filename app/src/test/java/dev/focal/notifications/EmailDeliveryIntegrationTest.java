package dev.focal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.focal.IntegrationTest;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Delivery over real SMTP (GreenMail, in this JVM). The shared test context has no SMTP configured; a
 * context of its own would split the security context (see IntegrationTest), so these tests hand the
 * delivery job a mail sender for their duration and call the job method directly.
 */
@IntegrationTest
class EmailDeliveryIntegrationTest {

    @Autowired
    EmailDelivery delivery;
    @Autowired
    NotificationMessageRepository messages;
    @Autowired
    CircuitBreakerRegistry breakers;

    GreenMail smtp;
    Object originalSender;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        originalSender = ReflectionTestUtils.getField(delivery, "mailSender");
        breakers.circuitBreaker(EmailDelivery.PROVIDER).reset();
    }

    @AfterEach
    void stopSmtp() {
        ReflectionTestUtils.setField(delivery, "mailSender", originalSender);
        breakers.circuitBreaker(EmailDelivery.PROVIDER).reset();
        smtp.stop();
    }

    private void useSmtpAt(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        ObjectProvider<JavaMailSender> provider =
                new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
        ReflectionTestUtils.setField(delivery, "mailSender", provider);
    }

    private UUID storedMessage(String recipient) {
        var email = new RenderedEmail("test", recipient, "Your glasses are ready", "Hello,\n\ncome and collect them.",
                "<p>Hello,</p><p>come and collect them.</p>");
        return messages.save(new NotificationMessage("test:" + UUID.randomUUID(), email, Instant.now())).id();
    }

    @Test
    void a_message_is_sent_over_smtp_once_and_marked_sent() throws Exception {
        useSmtpAt(smtp.getSmtp().getPort());
        UUID id = storedMessage("pickup@example.com");

        delivery.deliver(id);
        delivery.deliver(id);

        var received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Your glasses are ready");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("pickup@example.com");
        var stored = messages.findById(id).orElseThrow().toView();
        assertThat(stored.status()).isEqualTo(MessageStatus.SENT);
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.processedAt()).isNotNull();
    }

    @Test
    void a_refused_attempt_is_recorded_and_the_last_one_marks_the_message_failed() {
        int closedPort = smtp.getSmtp().getPort();
        smtp.stop();
        useSmtpAt(closedPort);
        UUID id = storedMessage("nobody@example.com");

        assertThatThrownBy(() -> delivery.deliver(id)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SMTP refused");
        var afterFirst = messages.findById(id).orElseThrow().toView();
        assertThat(afterFirst.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.lastError()).isNotBlank();

        for (int attempt = 2; attempt <= EmailDelivery.RETRIES + 1; attempt++) {
            assertThatThrownBy(() -> delivery.deliver(id)).isInstanceOf(IllegalStateException.class);
        }
        var afterLast = messages.findById(id).orElseThrow().toView();
        assertThat(afterLast.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(afterLast.attempts()).isEqualTo(EmailDelivery.RETRIES + 1);
    }
}
