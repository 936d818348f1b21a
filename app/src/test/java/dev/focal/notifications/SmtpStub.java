package dev.focal.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * An SMTP server in this JVM (GreenMail) that the shared context's delivery job uses while a test runs: the
 * shared context has no SMTP configured, and a context of its own would split the security context (see
 * IntegrationTest). {@link #close()} puts things back and closes the {@code smtp} circuit again.
 */
final class SmtpStub implements AutoCloseable {

    final GreenMail server;
    private final EmailDelivery delivery;
    private final CircuitBreakerRegistry breakers;
    private final Object originalSender;

    SmtpStub(EmailDelivery delivery, CircuitBreakerRegistry breakers) {
        this.delivery = delivery;
        this.breakers = breakers;
        this.server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        this.originalSender = ReflectionTestUtils.getField(delivery, "mailSender");
        breakers.circuitBreaker(EmailDelivery.PROVIDER).reset();
        use(senderTo(server.getSmtp().getPort()));
    }

    static JavaMailSenderImpl senderTo(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return sender;
    }

    /** The delivery job sends through {@code sender} until the stub is closed. */
    void use(JavaMailSender sender) {
        ObjectProvider<JavaMailSender> provider =
                new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
        ReflectionTestUtils.setField(delivery, "mailSender", provider);
    }

    MimeMessage[] received() {
        return server.getReceivedMessages();
    }

    @Override
    public void close() {
        ReflectionTestUtils.setField(delivery, "mailSender", originalSender);
        breakers.circuitBreaker(EmailDelivery.PROVIDER).reset();
        server.stop();
    }
}
