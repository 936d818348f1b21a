package dev.focal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Personal API tokens of the demo admin: shown once, stored hashed, usable until revoked. */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ApiTokensIntegrationTest {

    @Autowired
    ApiTokens tokens;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_token_stands_for_its_owner_until_it_is_revoked() {
        String token = tokens.create("price export", null);

        assertThat(token).startsWith("focal_").hasSizeGreaterThan(40);
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class, token))
                .as("the token itself is never stored").isZero();
        var principal = tokens.authenticate(token).orElseThrow();
        assertThat(principal.username()).isEqualTo("admin");
        assertThat(principal.roles()).contains(Role.ADMIN);
        var mine = tokens.mine().stream().filter(t -> t.name().equals("price export")).findFirst().orElseThrow();
        assertThat(mine.lastUsedAt()).isNotNull();
        assertThat(token).startsWith(mine.prefix());

        tokens.revoke(mine.id());

        assertThat(tokens.authenticate(token)).isEmpty();
        assertThat(tokens.authenticate("focal_made-up")).isEmpty();
        assertThat(tokens.authenticate("not a token")).isEmpty();
    }

    @Test
    void a_token_needs_a_name_and_a_future_expiry() {
        assertThatThrownBy(() -> tokens.create("  ", null)).hasMessageContaining("name");
        assertThatThrownBy(() -> tokens.create("old", java.time.Instant.parse("2020-01-01T00:00:00Z")))
                .hasMessageContaining("future");
    }
}
