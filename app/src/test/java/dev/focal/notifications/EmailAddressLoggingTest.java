package dev.focal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.focal.IntegrationTest;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.RegisterCustomer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Customers' e-mail addresses stay out of the log at INFO and above: registering, the welcome e-mail kept in
 * the message log and a message sent over SMTP are logged by their message ID.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EmailAddressLoggingTest {

    private static final Pattern INFO_OR_ABOVE = Pattern.compile("\\s(INFO|WARN|ERROR)\\s");

    @Autowired
    CustomerAccounts accounts;
    @Autowired
    MessageLog messageLog;
    @Autowired
    NotificationMessageRepository messages;
    @Autowired
    EmailDelivery delivery;
    @Autowired
    CircuitBreakerRegistry breakers;

    static String uniqueEmail() {
        return "log-check-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void registering_a_customer_and_logging_the_welcome_email_does_not_log_the_address_at_info(CapturedOutput output) {
        String email = uniqueEmail();
        accounts.register(new RegisterCustomer(email, "Log Checker", "frames and lenses 2026"));

        MessageView welcome = await().atMost(Duration.ofSeconds(30)).until(() -> welcomeTo(email),
                m -> m != null && m.status() == MessageStatus.LOGGED);

        assertThat(output.getOut()).contains("message " + welcome.id());
        assertThat(linesAtInfoOrAbove(output, email)).isEmpty();
    }

    @Test
    void a_message_sent_over_smtp_is_logged_by_its_id_not_its_address(CapturedOutput output) {
        var smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        Object originalSender = ReflectionTestUtils.getField(delivery, "mailSender");
        try {
            var sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(smtp.getSmtp().getPort());
            ObjectProvider<JavaMailSender> provider = new StaticListableBeanFactory(Map.of("mailSender", sender))
                    .getBeanProvider(JavaMailSender.class);
            ReflectionTestUtils.setField(delivery, "mailSender", provider);
            breakers.circuitBreaker(EmailDelivery.PROVIDER).reset();
            String email = uniqueEmail();
            var rendered = new RenderedEmail("test", email, "Your glasses are ready", "Come and collect them.", null);
            UUID id = messages.save(new NotificationMessage("test:" + UUID.randomUUID(), rendered, Instant.now())).id();

            delivery.deliver(id);

            assertThat(smtp.getReceivedMessages()).hasSize(1);
            assertThat(output.getOut()).contains("Sent message " + id);
            assertThat(linesAtInfoOrAbove(output, email)).isEmpty();
        } finally {
            ReflectionTestUtils.setField(delivery, "mailSender", originalSender);
            breakers.circuitBreaker(EmailDelivery.PROVIDER).reset();
            smtp.stop();
        }
    }

    /** Focal's lines naming the address at INFO or above; the test SMTP server's own log does not count. */
    private static List<String> linesAtInfoOrAbove(CapturedOutput output, String email) {
        return output.getAll().lines().filter(line -> line.toLowerCase().contains(email.toLowerCase()))
                .filter(line -> !line.contains("greenmail"))
                .filter(line -> INFO_OR_ABOVE.matcher(line).find()).toList();
    }

    private MessageView welcomeTo(String recipient) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("test-admin",
                null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            return messageLog.find(new MessageFilter(recipient, null), PageRequest.of(0, 10)).getContent().stream()
                    .filter(m -> m.kind().equals("welcome")).findFirst().orElse(null);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
