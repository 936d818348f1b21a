package dev.focal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.focal.IntegrationTest;
import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.RegisterCustomer;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The demo without SMTP has no inbox and the message log masks one-time links, so a password reset can only be
 * tried offline if the link reaches the console: it does, minted as sending would (and it works), without the
 * customer's address on the line.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoResetLinkWithoutSmtpTest {

    static final Pattern LINE = Pattern.compile("Demo mode without SMTP: the one-time link of message \\S+ "
            + "\\(password-reset\\) is .*reset-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    CustomerAccounts accounts;

    @Test
    void in_demo_mode_the_reset_link_is_written_to_the_console_and_works(CapturedOutput output) {
        String email = "demo-reset-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        accounts.register(new RegisterCustomer(email, "Grace Hopper", "frames and lenses 2026")).orElseThrow();

        accounts.requestPasswordReset(email);

        String token = await().atMost(Duration.ofSeconds(40)).until(() -> {
            var matcher = LINE.matcher(output.getOut());
            return matcher.find() ? matcher.group(1) : null;
        }, t -> t != null);
        assertThat(output.getOut().lines().filter(line -> line.contains("Demo mode without SMTP")))
                .noneMatch(line -> line.contains(email));
        assertThat(accounts.isResetTokenUsable(token)).isTrue();
    }
}
