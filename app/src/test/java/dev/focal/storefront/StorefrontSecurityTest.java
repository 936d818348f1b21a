package dev.focal.storefront;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.focal.IntegrationTest;
import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.RegisterCustomer;
import dev.focal.identity.CreateStaffUser;
import dev.focal.identity.Role;
import dev.focal.identity.StaffUserService;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class StorefrontSecurityTest {

    static final String PASSWORD = "tortoiseshell frames 7";

    @Autowired
    MockMvc mvc;
    @Autowired
    CustomerAccounts accounts;
    @Autowired
    StaffUserService staff;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbcClient;
    @Autowired
    dev.focal.identity.StaffSecondFactor secondFactor;

    static String uniqueEmail() {
        return "shopper-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void the_home_page_renders_without_a_session() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("<!DOCTYPE html>")))
                .andExpect(content().string(containsString("href=\"/register\"")))
                .andExpect(content().string(containsString("href=\"/cart\"")));
    }

    @Test
    void a_bad_email_and_a_short_password_render_on_the_form_and_nothing_is_saved() throws Exception {
        mvc.perform(post("/register").with(csrf())
                        .param("email", "not-an-email").param("fullName", "Bad Input").param("password", "short"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"email-error\">Enter an e-mail address like name@example.com.")))
                .andExpect(content().string(containsString("id=\"password-error\">Use at least 10 characters.")))
                .andExpect(content().string(containsString("value=\"not-an-email\"")))
                .andExpect(content().string(containsString("value=\"Bad Input\"")))
                .andExpect(content().string(not(containsString("value=\"short\""))));
    }

    @Test
    void registering_lands_on_check_your_email_and_the_new_customer_signs_in_with_the_chosen_password()
            throws Exception {
        String email = uniqueEmail();
        var session = new MockHttpSession();
        mvc.perform(post("/register").with(csrf()).session(session)
                        .param("email", email).param("fullName", "New Customer").param("password", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/register?sent"));
        mvc.perform(get("/register").param("sent", "").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check your e-mail")));
        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login"));

        var signedIn = new MockHttpSession();
        mvc.perform(post("/login").with(csrf()).session(signedIn).param("email", email).param("password", PASSWORD))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").session(signedIn))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("New Customer")));
    }

    @Test
    void storefront_posts_without_a_csrf_token_are_refused() throws Exception {
        mvc.perform(post("/register").param("email", uniqueEmail()).param("fullName", "No Token").param("password", PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("email", "customer@example.com").param("password", "demo"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout")).andExpect(status().isForbidden());
    }

    @Test
    void remember_me_keeps_a_customer_signed_in_without_the_session() throws Exception {
        String email = uniqueEmail();
        accounts.register(new RegisterCustomer(email, "Remembered Customer", PASSWORD));

        var login = mvc.perform(post("/login").with(csrf())
                        .param("email", email).param("password", PASSWORD).param("remember-me", "true"))
                .andExpect(redirectedUrl("/account"))
                .andReturn();
        var cookie = login.getResponse().getCookie("focal-remember-me");
        org.assertj.core.api.Assertions.assertThat(cookie).isNotNull();
        org.assertj.core.api.Assertions.assertThat(cookie.isHttpOnly()).isTrue();

        mvc.perform(get("/account").cookie(cookie))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Remembered Customer")));
        mvc.perform(get("/admin/").cookie(cookie))
                .andExpect(redirectedUrl("/admin/login"));
    }

    @Test
    void the_account_page_needs_a_signed_in_customer() throws Exception {
        mvc.perform(get("/account")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void a_customer_session_cannot_reach_the_backoffice() throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/login").with(csrf()).session(session)
                        .param("email", "customer@example.com").param("password", "demo"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").session(session)).andExpect(status().isOk());

        mvc.perform(get("/admin/").session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/login"));
        mvc.perform(get("/actuator/prometheus").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void customer_credentials_do_not_open_the_backoffice() throws Exception {
        mvc.perform(post("/admin/login").param("username", "customer@example.com").param("password", "demo"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/login?error"));
    }

    @Test
    void staff_credentials_do_not_open_the_storefront() throws Exception {
        String username = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("root", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            staff.create(new CreateStaffUser(username, "Clerk", Set.of(Role.ASSOCIATE), PASSWORD));
        } finally {
            SecurityContextHolder.clearContext();
        }
        mvc.perform(post("/admin/login").param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/admin/"));
        mvc.perform(post("/login").with(csrf()).param("email", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").with(csrf()).param("email", username + "@example.com").param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void signing_out_of_one_world_keeps_the_other() throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/login").with(csrf()).session(session)
                .param("email", "customer@example.com").param("password", "demo")).andExpect(redirectedUrl("/account"));
        mvc.perform(post("/admin/login").session(session).param("username", "associate").param("password", "demo"))
                .andExpect(redirectedUrl("/admin/"));
        dev.focal.identity.SecondFactorCodes.completeSecondFactor(session, secondFactor,
                dev.focal.identity.SecondFactorCodes.unusedDemoCode(jdbcClient, "associate"));

        mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/?signedOut"));
        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login"));
        // Still a staff session: the backoffice chain lets the request through to the (absent in MockMvc) servlet.
        mvc.perform(get("/admin/").session(session)).andExpect(status().isNotFound());

        // Back to the page that asked for sign-in (Spring Security marks it with ?continue).
        mvc.perform(post("/login").with(csrf()).session(session)
                        .param("email", "customer@example.com").param("password", "demo"))
                .andExpect(redirectedUrl("http://localhost/account?continue"));
        Integer signOutsBefore = jdbc.queryForObject(
                "select count(*) from audit_entry where actor = 'associate' and action = 'SIGN_OUT'", Integer.class);
        mvc.perform(post("/admin/logout").with(csrf()).session(session)).andExpect(status().is3xxRedirection());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where actor = 'associate' and action = 'SIGN_OUT'", Integer.class))
                .isEqualTo(signOutsBefore + 1);
        mvc.perform(get("/admin/").session(session)).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(get("/account").session(session)).andExpect(status().isOk());
    }

    @Test
    void asking_for_a_reset_link_says_the_same_for_any_address_and_a_bad_link_is_explained() throws Exception {
        mvc.perform(post("/forgot-password").with(csrf()).param("email", "nobody-" + UUID.randomUUID() + "@example.com"))
                .andExpect(redirectedUrl("/forgot-password?sent"));
        mvc.perform(post("/forgot-password").with(csrf()).param("email", "customer@example.com"))
                .andExpect(redirectedUrl("/forgot-password?sent"));
        mvc.perform(get("/forgot-password").param("sent", ""))
                .andExpect(content().string(containsString("If an account uses that address")));

        mvc.perform(get("/reset-password").param("token", "made-up"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("invalid or has expired")))
                .andExpect(content().string(not(containsString("name=\"password\""))));
        mvc.perform(post("/reset-password").with(csrf()).param("token", "made-up")
                        .param("password", "long enough passphrase").param("passwordRepeat", "long enough passphrase"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("invalid or has expired")));
    }

    @Test
    void every_response_carries_a_correlation_id() throws Exception {
        mvc.perform(get("/").header("X-Request-Id", "test-correlation-1"))
                .andExpect(header().string("X-Request-Id", "test-correlation-1"));
        mvc.perform(get("/")).andExpect(header().exists("X-Request-Id"));
    }
}
