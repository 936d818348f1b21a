package dev.focal.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.focal.IntegrationTest;
import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.RegisterCustomer;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A customer's password reset forgets their remembered devices and ends their open sessions; prescriptions (pages
 * and {@code /api/v1/me}) need the password in this session, not a remember-me cookie alone (ADR 0016).
 */
@IntegrationTest
class CustomerSessionRevocationTest {

    static final String PASSWORD = "tortoiseshell frames 7";

    @Autowired
    MockMvc mvc;
    @Autowired
    CustomerAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    String newCustomer() {
        String email = "session-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        accounts.register(new RegisterCustomer(email, "Session Customer", PASSWORD));
        return email;
    }

    /** Signs in with "keep me signed in" in the given session; returns the remember-me cookie. */
    Cookie signIn(String email, MockHttpSession session) throws Exception {
        var login = mvc.perform(post("/login").with(csrf()).session(session)
                        .param("email", email).param("password", PASSWORD).param("remember-me", "true"))
                .andExpect(redirectedUrl("/account"))
                .andReturn();
        Cookie cookie = login.getResponse().getCookie("focal-remember-me");
        assertThat(cookie).isNotNull();
        return cookie;
    }

    /** A reset link as the e-mail would carry it, stored as the customers context stores one: by its hash. */
    String resetLinkFor(String email) throws Exception {
        String token = "test-" + UUID.randomUUID();
        String hash = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        jdbc.update("""
                insert into customer_password_reset (token_hash, customer_id, created_at, expires_at)
                select ?, id, now(), now() + interval '1 hour' from customer where email = ?""", hash, email);
        return token;
    }

    @Test
    void a_password_reset_forgets_remembered_devices_and_ends_other_sessions() throws Exception {
        String email = newCustomer();
        var session = new MockHttpSession();
        Cookie remembered = signIn(email, session);
        mvc.perform(get("/account").session(session)).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(remembered)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
                email)).isPositive();

        String link = resetLinkFor(email);
        mvc.perform(post("/reset-password").with(csrf()).param("token", link)
                        .param("password", "a brand new passphrase").param("passwordRepeat", "a brand new passphrase"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
                email)).isZero();
        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").cookie(remembered)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me/rx").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void a_remembered_customer_signs_in_again_for_prescriptions_and_lands_back_on_the_page() throws Exception {
        String email = newCustomer();
        Cookie remembered = signIn(email, new MockHttpSession());

        // A new browser session that only has the cookie: the account opens, prescriptions do not
        var session = new MockHttpSession();
        mvc.perform(get("/account").cookie(remembered).session(session)).andExpect(status().isOk());
        mvc.perform(get("/account/prescriptions").session(session))
                .andExpect(redirectedUrl("/login?again"));
        mvc.perform(get("/login").param("again", "").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please sign in again to see your prescriptions")));

        mvc.perform(post("/login").with(csrf()).session(session).param("email", email).param("password", PASSWORD))
                .andExpect(redirectedUrl("http://localhost/account/prescriptions?continue"));
        mvc.perform(get("/account/prescriptions").session(session)).andExpect(status().isOk());
    }

    @Test
    void the_prescription_api_refuses_a_customer_known_only_by_the_remember_me_cookie() throws Exception {
        String email = newCustomer();
        Cookie remembered = signIn(email, new MockHttpSession());
        var session = new MockHttpSession();
        mvc.perform(get("/account").cookie(remembered).session(session)).andExpect(status().isOk());

        mvc.perform(get("/api/v1/me/rx").session(session))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("remembered sign-in")));

        mvc.perform(post("/login").with(csrf()).session(session).param("email", email).param("password", PASSWORD));
        mvc.perform(get("/api/v1/me/rx").session(session)).andExpect(status().isOk());
    }
}
