package dev.focal.storefront;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.focal.IntegrationTest;
import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.RegisterCustomer;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sign-in, forgotten password and sign-up are rate-limited per e-mail address and per client address, and a
 * throttled visitor reads the same neutral message whether or not an account uses the address. Every test uses
 * client addresses of its own (documentation ranges), so the limits of one test never touch another.
 */
@IntegrationTest
class CustomerThrottlingTest {

    static final String PASSWORD = "round tortoiseshell 9";
    static final String TOO_MANY = "Too many attempts, try again in a few minutes.";
    private static final AtomicInteger NEXT_CLIENT = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    CustomerAccounts accounts;

    static String uniqueEmail() {
        return "throttled-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** A client address no other test uses. */
    static String newClient() {
        int n = NEXT_CLIENT.getAndIncrement();
        return "2001:db8::" + Integer.toHexString(n) + ":" + Integer.toHexString((int) (System.nanoTime() & 0xffff));
    }

    static RequestPostProcessor from(String client) {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

    @Test
    void five_failed_sign_ins_for_an_address_pause_it_even_with_the_right_password_and_from_elsewhere()
            throws Exception {
        String email = uniqueEmail();
        accounts.register(new RegisterCustomer(email, "Throttled Customer", PASSWORD));

        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(post("/login").with(csrf()).with(from(newClient()))
                            .param("email", email).param("password", "wrong " + attempt))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).with(from(newClient())).param("email", email).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(get("/login").param("throttled", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(TOO_MANY)))
                .andExpect(content().string(not(containsString("do not match an account"))));
    }

    @Test
    void an_address_without_an_account_is_throttled_exactly_the_same_way() throws Exception {
        String nobody = uniqueEmail();
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(post("/login").with(csrf()).with(from(newClient()))
                            .param("email", nobody).param("password", "wrong " + attempt))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).with(from(newClient())).param("email", nobody).param("password", "x"))
                .andExpect(redirectedUrl("/login?throttled"));
    }

    @Test
    void a_successful_sign_in_ends_the_count_of_its_address() throws Exception {
        String email = uniqueEmail();
        accounts.register(new RegisterCustomer(email, "Careless Typist", PASSWORD));
        String client = newClient();
        for (int round = 1; round <= 2; round++) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                mvc.perform(post("/login").with(csrf()).with(from(client))
                                .param("email", email).param("password", "typo " + attempt))
                        .andExpect(redirectedUrl("/login?error"));
            }
            mvc.perform(post("/login").with(csrf()).with(from(client)).param("email", email).param("password", PASSWORD))
                    .andExpect(redirectedUrl("/account"));
        }
    }

    @Test
    void one_client_trying_many_addresses_is_paused_and_others_are_not() throws Exception {
        String client = newClient();
        for (int attempt = 1; attempt <= 20; attempt++) {
            mvc.perform(post("/login").with(csrf()).with(from(client))
                            .param("email", uniqueEmail()).param("password", "spray"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).with(from(client)).param("email", uniqueEmail()).param("password", "x"))
                .andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(post("/login").with(csrf()).with(from(newClient())).param("email", uniqueEmail()).param("password", "x"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void at_most_three_reset_emails_an_hour_go_to_an_address_whether_or_not_it_has_an_account() throws Exception {
        String customer = uniqueEmail();
        accounts.register(new RegisterCustomer(customer, "Forgetful Customer", PASSWORD));
        for (String email : new String[] {customer, uniqueEmail()}) {
            for (int request = 1; request <= 3; request++) {
                mvc.perform(post("/forgot-password").with(csrf()).with(from(newClient())).param("email", email))
                        .andExpect(redirectedUrl("/forgot-password?sent"));
            }
            mvc.perform(post("/forgot-password").with(csrf()).with(from(newClient())).param("email", email))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(content().string(containsString(TOO_MANY)))
                    .andExpect(content().string(not(containsString("we have sent it a link"))));
        }
    }

    @Test
    void one_client_asking_for_many_reset_links_is_paused() throws Exception {
        String client = newClient();
        for (int request = 1; request <= 10; request++) {
            mvc.perform(post("/forgot-password").with(csrf()).with(from(client)).param("email", uniqueEmail()))
                    .andExpect(redirectedUrl("/forgot-password?sent"));
        }
        mvc.perform(post("/forgot-password").with(csrf()).with(from(client)).param("email", uniqueEmail()))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString(TOO_MANY)));
    }

    @Test
    void sign_ups_are_limited_per_address_and_per_client_with_the_same_message() throws Exception {
        String email = uniqueEmail();
        for (int signUp = 1; signUp <= 3; signUp++) {
            mvc.perform(post("/register").with(csrf()).with(from(newClient()))
                            .param("email", email).param("fullName", "Repeated Sign-up").param("password", PASSWORD))
                    .andExpect(redirectedUrl("/register?sent"));
        }
        mvc.perform(post("/register").with(csrf()).with(from(newClient()))
                        .param("email", email).param("fullName", "Repeated Sign-up").param("password", PASSWORD))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString(TOO_MANY)))
                .andExpect(content().string(not(containsString("Please correct"))));

        String client = newClient();
        for (int signUp = 1; signUp <= 20; signUp++) {
            mvc.perform(post("/register").with(csrf()).with(from(client))
                            .param("email", uniqueEmail()).param("fullName", "Bulk Sign-up").param("password", PASSWORD))
                    .andExpect(redirectedUrl("/register?sent"));
        }
        mvc.perform(post("/register").with(csrf()).with(from(client))
                        .param("email", uniqueEmail()).param("fullName", "Bulk Sign-up").param("password", PASSWORD))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString(TOO_MANY)));
    }
}
