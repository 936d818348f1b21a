package dev.focal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.focal.IntegrationTest;
import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.CustomerAuthentication;
import dev.focal.customers.CustomerExceptions.InvalidResetToken;
import dev.focal.customers.RegisterCustomer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password-reset link exists only in the e-mail that went out: the event carries no token, the token is
 * minted when the message is sent (its SHA-256 stored), and the message log keeps the link masked.
 */
@IntegrationTest
class PasswordResetEmailIntegrationTest {

    static final Pattern LINK = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    CustomerAccounts accounts;
    @Autowired
    CustomerAuthentication authentication;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    EmailDelivery delivery;
    @Autowired
    CircuitBreakerRegistry breakers;
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

    private MimeMessage awaitMail(String recipient, String subjectStart) {
        return await().atMost(Duration.ofSeconds(40)).until(() -> Arrays.stream(smtp.received())
                .filter(m -> to(m).equals(recipient) && subject(m).startsWith(subjectStart)).findFirst().orElse(null),
                m -> m != null);
    }

    @Test
    void the_reset_link_arrives_by_email_works_once_and_only_its_hash_and_a_masked_copy_are_stored() throws Exception {
        String email = "reset-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String customerId = accounts.register(new RegisterCustomer(email, "Alan Turing", "frames and lenses 2026"))
                .orElseThrow().value().toString();
        awaitMail(email, "Welcome");

        accounts.requestPasswordReset(email.toUpperCase());
        accounts.requestPasswordReset("nobody-" + UUID.randomUUID() + "@example.com");

        MimeMessage mail = awaitMail(email, "Reset your");
        var matcher = LINK.matcher(plainText(mail));
        assertThat(matcher.find()).isTrue();
        String token = matcher.group(1);

        String stored = jdbc.queryForObject("select body_text || coalesce(body_html, '') from notification_message "
                + "where recipient = ? and kind = 'password-reset'", String.class, email);
        assertThat(stored).doesNotContain(token).contains("reset-password?token=" + EmailTemplates.MASK);
        assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ? "
                + "or serialized_event like ?", Integer.class, "%" + token + "%", "%" + email + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from customer_password_reset where token_hash = ? "
                + "and customer_id = ?::uuid", Integer.class, sha256(token), customerId)).isEqualTo(1);

        assertThat(accounts.isResetTokenUsable(token)).isTrue();
        assertThatThrownBy(() -> accounts.resetPassword(token, "short")).isInstanceOf(IllegalArgumentException.class);
        accounts.resetPassword(token, "a completely new passphrase");

        var principal = authentication.loadUserByUsername(email);
        assertThat(passwords.matches("a completely new passphrase", principal.getPassword())).isTrue();
        assertThat(accounts.isResetTokenUsable(token)).isFalse();
        assertThatThrownBy(() -> accounts.resetPassword(token, "yet another passphrase"))
                .isInstanceOf(InvalidResetToken.class);
        assertThatThrownBy(() -> accounts.resetPassword("made-up-token", "yet another passphrase"))
                .isInstanceOf(InvalidResetToken.class);
    }

    /** The decoded text/plain part (the raw body is quoted-printable, which may wrap the link). */
    static String plainText(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String token) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
