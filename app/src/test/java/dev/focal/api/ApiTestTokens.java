package dev.focal.api;

import dev.focal.identity.ApiTokens;
import java.util.UUID;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** A personal API token of a demo staff member (password {@code demo}), as an {@code Authorization} header value. */
final class ApiTestTokens {

    static final String DEMO_PASSWORD = "demo";

    private ApiTestTokens() {
    }

    static String bearer(ApiTokens tokens, String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null,
                AuthorityUtils.createAuthorityList("ROLE_" + role)));
        try {
            return "Bearer " + tokens.create("api test " + UUID.randomUUID(), null, DEMO_PASSWORD);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
