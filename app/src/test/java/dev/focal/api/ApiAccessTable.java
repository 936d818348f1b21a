package dev.focal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import dev.focal.identity.ApiTokens;
import dev.focal.identity.Role;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A slice's role-by-endpoint table: each staff role calls with its own API token (the demo account of that
 * role), and an anonymous caller without one. Bodies are valid, so a refusal comes from the access rules only.
 */
public abstract class ApiAccessTable {

    /** The caller without a token, for public endpoints. */
    protected static final String ANONYMOUS = "ANONYMOUS";

    @Autowired
    protected MockMvc mvc;
    @Autowired
    ApiTokens tokens;

    private final Map<Role, String> bearers = new EnumMap<>(Role.class);

    /** Signs in as an admin for setting up fixtures; {@link SecurityContextHolder#clearContext()} after. */
    protected static void actAsAdmin() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_OPTICIAN")));
    }

    /**
     * Every role in {@code callers} (role names and {@link #ANONYMOUS}, separated by spaces) gets an answer that is
     * neither 401 nor 403; other staff roles get 403, and an anonymous caller 401.
     */
    protected void assertOnlyThesePass(String method, String path, @Nullable String body, String callers) throws Exception {
        Set<String> allowed = Arrays.stream(callers.strip().split("\\s+")).collect(Collectors.toSet());
        for (Role role : Role.values()) {
            int status = call(method, path, body, bearer(role));
            if (allowed.contains(role.name())) {
                assertThat(status).as("%s %s %s", role, method, path).isNotIn(401, 403);
            } else {
                assertThat(status).as("%s %s %s", role, method, path).isEqualTo(403);
            }
        }
        int anonymous = call(method, path, body, null);
        if (allowed.contains(ANONYMOUS)) {
            assertThat(anonymous).as("anonymous %s %s", method, path).isNotIn(401, 403);
        } else {
            assertThat(anonymous).as("anonymous %s %s", method, path).isEqualTo(401);
        }
    }

    private int call(String method, String path, @Nullable String body, @Nullable String bearer) throws Exception {
        var request = request(HttpMethod.valueOf(method), path).header("Idempotency-Key", UUID.randomUUID().toString());
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private String bearer(Role role) {
        return bearers.computeIfAbsent(role, r -> {
            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(
                    r.name().toLowerCase(), null, AuthorityUtils.createAuthorityList(r.authority())));
            try {
                return "Bearer " + tokens.create("access table " + UUID.randomUUID(), null, "demo");
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }
}
