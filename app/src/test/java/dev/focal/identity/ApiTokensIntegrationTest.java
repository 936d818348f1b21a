package dev.focal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.IntegrationTest;
import dev.focal.identity.IdentityExceptions.InvalidApiToken;
import dev.focal.identity.IdentityExceptions.WrongCurrentPassword;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Personal API tokens of the demo admin: shown once, stored hashed, usable until revoked, expired, older than the
 * admin's lifetime limit, or revoked with an admin's password reset; creating one takes the password again.
 */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ApiTokensIntegrationTest {

    static final String ADMIN_PASSWORD = "demo";

    @Autowired
    ApiTokens tokens;
    @Autowired
    StaffUserService staff;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_token_stands_for_its_owner_until_it_is_revoked() {
        String token = tokens.create("price export", null, ADMIN_PASSWORD);

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
        assertThatThrownBy(() -> tokens.create("  ", null, ADMIN_PASSWORD)).hasMessageContaining("name");
        assertThatThrownBy(() -> tokens.create("old", Instant.parse("2020-01-01T00:00:00Z"), ADMIN_PASSWORD))
                .hasMessageContaining("future");
    }

    @Test
    void creating_a_token_takes_the_owners_password_again() {
        String name = "no proof " + UUID.randomUUID();

        assertThatThrownBy(() -> tokens.create(name, null, "not the password"))
                .isInstanceOf(WrongCurrentPassword.class);
        assertThatThrownBy(() -> tokens.create(name, null, ""))
                .isInstanceOf(WrongCurrentPassword.class);

        assertThat(tokens.mine()).noneMatch(t -> t.name().equals(name));
    }

    @Test
    void a_token_without_expiry_lives_as_long_as_the_limit_and_a_longer_one_is_refused_at_its_field() {
        int max = tokens.maxLifetimeDays();
        String name = "capped " + UUID.randomUUID();

        tokens.create(name, null, ADMIN_PASSWORD);

        var created = tokens.mine().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        assertThat(created.expiresAt()).isNotNull()
                .isBetween(Instant.now().plus(Duration.ofDays(max)).minusSeconds(60),
                        Instant.now().plus(Duration.ofDays(max)));
        assertThatThrownBy(() -> tokens.create("too long", Instant.now().plus(Duration.ofDays(max + 1)),
                ADMIN_PASSWORD))
                .isInstanceOfSatisfying(InvalidApiToken.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("expiresAt"))
                .hasMessageContaining("at most " + max + " days");
    }

    @Test
    void lowering_the_lifetime_limit_stops_older_tokens_at_once() {
        int before = tokens.maxLifetimeDays();
        String token = tokens.create("aging " + UUID.randomUUID(), null, ADMIN_PASSWORD);
        jdbc.update("update api_token set created_at = created_at - interval '3 days' where token_hash = ?",
                ApiTokens.hash(token));
        assertThat(tokens.authenticate(token)).isPresent();
        try {
            tokens.setMaxLifetimeDays(2);

            assertThat(tokens.authenticate(token)).as("a 3-day-old token under a 2-day limit").isEmpty();
        } finally {
            tokens.setMaxLifetimeDays(before);
        }
        assertThat(tokens.authenticate(token)).isPresent();
        assertThatThrownBy(() -> tokens.setMaxLifetimeDays(0)).isInstanceOf(InvalidApiToken.class);
        assertThatThrownBy(() -> tokens.setMaxLifetimeDays(3651)).isInstanceOf(InvalidApiToken.class);
    }

    @Test
    @WithMockUser(username = "associate", roles = "ASSOCIATE")
    void only_an_admin_sets_the_lifetime_limit() {
        assertThat(tokens.maxLifetimeDays()).isPositive();
        assertThatThrownBy(() -> tokens.setMaxLifetimeDays(30)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_admins_password_reset_revokes_every_token_of_that_user() {
        String username = "tok-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "a long enough passphrase 1";
        StaffUserId id = staff.create(new CreateStaffUser(username, "Token Owner", Set.of(Role.BUYER), password));
        var admin = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken(username, null, Role.BUYER.authority()));
        String first = tokens.create("sync", null, password);
        String second = tokens.create("export", null, password);
        SecurityContextHolder.getContext().setAuthentication(admin);
        String adminsOwn = tokens.create("admin's own " + UUID.randomUUID(), null, ADMIN_PASSWORD);
        assertThat(tokens.authenticate(first)).isPresent();

        staff.resetPassword(id, "the admin's new passphrase");

        assertThat(tokens.authenticate(first)).isEmpty();
        assertThat(tokens.authenticate(second)).isEmpty();
        assertThat(tokens.authenticate(adminsOwn)).as("nobody else's tokens").isPresent();
        assertThat(jdbc.queryForObject("select count(*) from api_token where staff_user_id = ? and revoked_at is null",
                Integer.class, id.value())).isZero();
    }
}
