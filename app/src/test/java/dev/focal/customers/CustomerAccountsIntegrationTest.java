package dev.focal.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.focal.IntegrationTest;
import dev.focal.notifications.MessageFilter;
import dev.focal.notifications.MessageLog;
import dev.focal.notifications.MessageStatus;
import dev.focal.notifications.MessageView;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class CustomerAccountsIntegrationTest {

    static final String PASSWORD = "frames and lenses 2026";

    @Autowired
    CustomerAccounts accounts;
    @Autowired
    CustomerAuthentication authentication;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    MessageLog messages;
    @Autowired
    JdbcTemplate jdbc;

    static String uniqueEmail() {
        return "Customer-" + UUID.randomUUID().toString().substring(0, 8) + "@Example.com";
    }

    @Test
    void a_customer_round_trips_with_a_normalised_email_and_a_hashed_password() {
        String email = uniqueEmail();
        var id = accounts.register(new RegisterCustomer("  " + email + " ", " Ada Lovelace ", PASSWORD)).orElseThrow();

        var principal = (CustomerPrincipal) authentication.loadUserByUsername(email.toUpperCase());

        assertThat(principal.customerId()).isEqualTo(id);
        assertThat(principal.getUsername()).isEqualTo(email.toLowerCase());
        assertThat(principal.fullName()).isEqualTo("Ada Lovelace");
        assertThat(principal.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CUSTOMER");
        assertThat(principal.getPassword()).isNotEqualTo(PASSWORD).startsWith("{bcrypt}");
        assertThat(passwords.matches(PASSWORD, principal.getPassword())).isTrue();
    }

    @Test
    void signing_up_again_with_a_known_address_changes_nothing_and_emails_the_owner_once_an_hour() {
        String email = uniqueEmail().toLowerCase();
        accounts.register(new RegisterCustomer(email, "Ada Lovelace", PASSWORD));
        awaitMessage(email, MessageStatus.LOGGED);
        var before = jdbc.queryForMap("select id, full_name, password_hash, version from customer where email = ?",
                email);

        assertThat(accounts.register(new RegisterCustomer(email.toUpperCase(), "Someone Else", "another passphrase 9")))
                .isEmpty();
        assertThat(accounts.register(new RegisterCustomer(email, "Someone Else", "another passphrase 9"))).isEmpty();

        assertThat(jdbc.queryForList("select id, full_name, password_hash, version from customer where email = ?",
                email)).containsExactly(before);
        String customerId = before.get("id").toString();
        MessageView attempt = await().atMost(Duration.ofSeconds(30)).until(
                () -> findMessage(email, "registration-attempt"), m -> m != null && m.status() == MessageStatus.LOGGED);
        assertThat(attempt.subject()).isEqualTo("Someone tried to create a Focal account with your address");
        assertThat(attempt.bodyText()).contains("Hello Ada Lovelace").contains("/forgot-password");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where event_type = ? and serialized_event like ? "
                        + "and completion_date is null", Integer.class, RegistrationAttempted.class.getName(),
                "%" + customerId + "%") == 0);
        assertThat(jdbc.queryForObject("select count(*) from notification_message where recipient = ? and kind = ?",
                Integer.class, email, "registration-attempt")).isEqualTo(1);
    }

    @Test
    void a_72_byte_passphrase_is_hashed_and_verified_and_a_longer_one_is_refused_by_the_policy_not_the_hash() {
        String longest = "the quick brown fox jumps over the lazy dog while the optician grinds 72";
        String email = uniqueEmail();
        accounts.register(new RegisterCustomer(email, "Long Phrase", longest));
        var principal = (CustomerPrincipal) authentication.loadUserByUsername(email);
        assertThat(passwords.matches(longest, principal.getPassword())).isTrue();

        for (String tooLong : new String[] {longest + "!", "glasses 👓 sun 🌞 ".repeat(4)}) {
            assertThatThrownBy(() -> accounts.register(new RegisterCustomer(uniqueEmail(), "Longer", tooLong)))
                    .isInstanceOf(dev.focal.shared.PasswordPolicy.WeakPassword.class)
                    .hasMessage("At most 72 bytes: about 72 letters, fewer with accents or emoji.");
        }
    }

    @Test
    void registration_is_published_through_the_registry_and_the_welcome_email_job_logs_the_message() {
        String email = uniqueEmail().toLowerCase();
        String customerId = accounts.register(new RegisterCustomer(email, "Grace Hopper", PASSWORD)).orElseThrow()
                .value().toString();

        MessageView welcome = awaitMessage(email, MessageStatus.LOGGED);
        assertThat(welcome.kind()).isEqualTo("welcome");
        assertThat(welcome.subject()).isEqualTo("Welcome to Focal");
        assertThat(welcome.bodyText()).contains("Hello Grace Hopper");
        // Completed publications are deleted (completion mode delete), and none ever held the address
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where event_type = ? and serialized_event like ?",
                Integer.class, CustomerRegistered.class.getName(), "%" + customerId + "%") == 0);
        assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
                Integer.class, "%" + email + "%")).isZero();
    }

    private MessageView awaitMessage(String recipient, MessageStatus status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> findMessage(recipient, "welcome"),
                m -> m != null && m.status() == status);
    }

    private MessageView findMessage(String recipient, String kind) {
        var admin = new UsernamePasswordAuthenticationToken("test-admin", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
        SecurityContextHolder.getContext().setAuthentication(admin);
        try {
            return messages.find(new MessageFilter(recipient, null), PageRequest.of(0, 10)).getContent().stream()
                    .filter(m -> m.kind().equals(kind)).findFirst().orElse(null);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
