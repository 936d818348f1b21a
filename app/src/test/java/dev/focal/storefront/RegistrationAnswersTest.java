package dev.focal.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.focal.IntegrationTest;
import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.RegisterCustomer;
import dev.focal.notifications.MessageFilter;
import dev.focal.notifications.MessageLog;
import dev.focal.notifications.MessageView;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** The sign-up form answers a new and a known address alike; only the owner of the known one hears of it. */
@IntegrationTest
class RegistrationAnswersTest {

    static final String PASSWORD = "tortoiseshell frames 7";

    @Autowired
    MockMvc mvc;
    @Autowired
    CustomerAccounts accounts;
    @Autowired
    MessageLog messages;
    @Autowired
    JdbcTemplate jdbc;

    static String uniqueEmail() {
        return "answer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void a_new_and_a_known_address_get_the_same_status_redirect_and_page() throws Exception {
        String known = uniqueEmail();
        accounts.register(new RegisterCustomer(known, "First Owner", PASSWORD));

        Answer forNew = signUp(uniqueEmail());
        Answer forKnown = signUp(known.toUpperCase());

        assertThat(forKnown.status()).isEqualTo(forNew.status()).isEqualTo(302);
        assertThat(forKnown.location()).isEqualTo(forNew.location()).isEqualTo("/register?sent");
        assertThat(forKnown.headerNames()).isEqualTo(forNew.headerNames());
        assertThat(forKnown.body()).isEqualTo(forNew.body());
        assertThat(forKnown.nextPage()).isEqualTo(forNew.nextPage()).contains("Check your e-mail")
                .doesNotContain("exists already");
    }

    @Test
    void a_known_address_changes_no_account_and_its_owner_gets_an_email() throws Exception {
        String known = uniqueEmail();
        accounts.register(new RegisterCustomer(known, "First Owner", PASSWORD));
        var before = jdbc.queryForList("select * from customer where email = ?", known);

        signUp(known);

        assertThat(jdbc.queryForList("select * from customer where email = ?", known)).isEqualTo(before).hasSize(1);
        MessageView attempt = await().atMost(Duration.ofSeconds(30))
                .until(() -> message(known, "registration-attempt"), m -> m != null);
        assertThat(attempt.subject()).isEqualTo("Someone tried to create a Focal account with your address");
        assertThat(attempt.bodyText()).contains("Hello First Owner").doesNotContain("Second Owner");
    }

    @Test
    void a_new_address_gets_a_welcome_email_and_no_attempt_warning() throws Exception {
        String email = uniqueEmail();

        signUp(email);

        MessageView welcome = await().atMost(Duration.ofSeconds(30)).until(() -> message(email, "welcome"),
                m -> m != null);
        assertThat(welcome.bodyText()).contains("/login");
        assertThat(message(email, "registration-attempt")).isNull();
    }

    private Answer signUp(String email) throws Exception {
        var session = new MockHttpSession();
        MockHttpServletResponse posted = mvc.perform(post("/register").with(csrf()).session(session)
                        .param("email", email).param("fullName", "Second Owner").param("password", PASSWORD))
                .andReturn().getResponse();
        String next = mvc.perform(get("/register").param("sent", "").session(session)).andReturn().getResponse()
                .getContentAsString();
        return new Answer(posted.getStatus(), posted.getRedirectedUrl(), List.copyOf(posted.getHeaderNames()),
                posted.getContentAsString(), withoutCsrfTokens(next));
    }

    private static String withoutCsrfTokens(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"")
                .replaceAll("<meta name=\"_csrf\" content=\"[^\"]*\"", "<meta name=\"_csrf\"");
    }

    private MessageView message(String recipient, String kind) {
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

    private record Answer(int status, String location, List<String> headerNames, String body, String nextPage) {
    }
}
