package dev.focal.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import dev.focal.IntegrationTest;
import dev.focal.identity.CreateStaffUser;
import dev.focal.identity.Role;
import dev.focal.identity.StaffUserService;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The backoffice sign-in passes the request's remote address to the lockout, which counts per user and address. */
@IntegrationTest
class StaffLockoutByAddressTest {

    static final String PASSWORD = "bifocal grinding 11";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffUserService staff;

    static RequestPostProcessor from(String client) {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

    @Test
    void five_bad_passwords_from_one_address_do_not_keep_the_user_out_from_their_own() throws Exception {
        String username = "victim-" + UUID.randomUUID().toString().substring(0, 8);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("root", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            staff.create(new CreateStaffUser(username, "Victim", Set.of(Role.ADMIN), PASSWORD));
        } finally {
            SecurityContextHolder.clearContext();
        }

        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(post("/admin/login").with(from("203.0.113.66"))
                            .param("username", username).param("password", "guess " + attempt))
                    .andExpect(redirectedUrl("/admin/login?error"));
        }
        mvc.perform(post("/admin/login").with(from("203.0.113.66")).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/admin/login?error"));
        mvc.perform(post("/admin/login").with(from("192.0.2.20")).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/admin/"));
    }
}
