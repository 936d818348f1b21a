package dev.focal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.IntegrationTest;
import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditFilter;
import dev.focal.audit.AuditLog;
import dev.focal.identity.IdentityExceptions.StaffUserChanged;
import dev.focal.identity.IdentityExceptions.UsernameTaken;
import dev.focal.shared.PasswordPolicy;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class StaffIdentityIntegrationTest {

    static final String PASSWORD = "lens grinding wheel 42";
    /** The staff member's own client address, and someone else's. */
    static final String HERE = "192.0.2.10";
    static final String ELSEWHERE = "198.51.100.66";

    @Autowired
    StaffUserService staff;
    @Autowired
    StaffSignIn signIn;
    @Autowired
    AuditLog audit;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void a_staff_user_round_trips_through_the_database() {
        String username = unique("Round.Trip");
        var id = staff.create(new CreateStaffUser(username, "  Ria Trip ", EnumSet.of(Role.OPTICIAN, Role.BUYER), PASSWORD));

        var loaded = staff.get(id);

        assertThat(loaded.username()).isEqualTo(username.toLowerCase());
        assertThat(loaded.displayName()).isEqualTo("Ria Trip");
        assertThat(loaded.roles()).containsExactlyInAnyOrder(Role.OPTICIAN, Role.BUYER);
        assertThat(loaded.enabled()).isTrue();
        assertThat(loaded.locked()).isFalse();
        assertThat(loaded.createdAt()).isNotNull();

        staff.update(new UpdateStaffUser(id, loaded.version(), "Ria Trip-Lens", Set.of(Role.WAREHOUSE)));
        var updated = staff.get(id);
        assertThat(updated.displayName()).isEqualTo("Ria Trip-Lens");
        assertThat(updated.roles()).containsExactly(Role.WAREHOUSE);
        assertThat(updated.version()).isGreaterThan(loaded.version());

        staff.setEnabled(id, updated.version(), false);
        assertThat(staff.get(id).enabled()).isFalse();
        assertThat(signIn.authenticate(username, PASSWORD, SignInChannel.BACKOFFICE, HERE))
                .isInstanceOf(SignInOutcome.Rejected.class);
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void a_second_edit_based_on_a_stale_version_is_refused() {
        var id = staff.create(new CreateStaffUser(unique("stale"), "Stale Sam", Set.of(Role.ASSOCIATE), PASSWORD));
        var first = staff.get(id);
        staff.update(new UpdateStaffUser(id, first.version(), "Sam One", Set.of(Role.ASSOCIATE)));

        assertThatThrownBy(() -> staff.update(new UpdateStaffUser(id, first.version(), "Sam Two", Set.of(Role.BUYER))))
                .isInstanceOf(StaffUserChanged.class);
        assertThat(staff.get(id).displayName()).isEqualTo("Sam One");
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void usernames_are_unique_regardless_of_case_and_passwords_follow_the_policy() {
        String username = unique("dup");
        staff.create(new CreateStaffUser(username, "First", Set.of(Role.BUYER), PASSWORD));

        assertThatThrownBy(() -> staff.create(new CreateStaffUser(username.toUpperCase(), "Second", Set.of(Role.BUYER),
                PASSWORD))).isInstanceOf(UsernameTaken.class);
        assertThatThrownBy(() -> staff.create(new CreateStaffUser(unique("weak"), "Weak", Set.of(Role.BUYER), "short")))
                .isInstanceOf(PasswordPolicy.WeakPassword.class);
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void a_72_byte_passphrase_signs_in_and_a_longer_one_is_refused_by_the_policy_not_the_hash() {
        String longest = "the quick brown fox jumps over the lazy dog while the optician grinds 72";
        String username = unique("long");
        var id = staff.create(new CreateStaffUser(username, "Long Phrase", Set.of(Role.ASSOCIATE), longest));
        assertThat(signIn.authenticate(username, longest, SignInChannel.BACKOFFICE, HERE))
                .isInstanceOf(SignInOutcome.Authenticated.class);

        for (String tooLong : new String[] {longest + "!", "crème brûlée à la française, s'il vous plaît, très sucrée et dorée ü"}) {
            assertThatThrownBy(() -> staff.create(new CreateStaffUser(unique("longer"), "Longer", Set.of(Role.BUYER),
                    tooLong))).isInstanceOf(PasswordPolicy.WeakPassword.class)
                    .hasMessage("At most 72 bytes: about 72 letters, fewer with accents or emoji.");
            assertThatThrownBy(() -> staff.resetPassword(id, tooLong)).isInstanceOf(PasswordPolicy.WeakPassword.class)
                    .hasMessageStartingWith("At most 72 bytes");
        }
    }

    @Test
    @WithMockUser(username = "someone", roles = "WAREHOUSE")
    void only_admins_manage_staff_users() {
        assertThatThrownBy(() -> staff.find(StaffUserFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.create(new CreateStaffUser(unique("x"), "X", Set.of(Role.ADMIN), PASSWORD)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void five_failed_sign_ins_lock_the_account_even_for_the_right_password() {
        String username = unique("locky");
        staff.create(new CreateStaffUser(username, "Locky", Set.of(Role.ASSOCIATE), PASSWORD));

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signIn.authenticate(username, "wrong password " + attempt, SignInChannel.BACKOFFICE, HERE))
                    .isInstanceOf(SignInOutcome.Rejected.class);
        }
        assertThat(staff.find(new StaffUserFilter(username, null, true), PageRequest.of(0, 1)).getContent().getFirst()
                .locked()).isFalse();
        assertThat(signIn.authenticate(username, "wrong password 5", SignInChannel.BACKOFFICE, HERE))
                .isInstanceOf(SignInOutcome.Rejected.class);

        assertThat(signIn.authenticate(username, PASSWORD, SignInChannel.BACKOFFICE, HERE))
                .isInstanceOf(SignInOutcome.Rejected.class);
        var summary = staff.find(new StaffUserFilter(username, null, true), PageRequest.of(0, 1)).getContent().getFirst();
        assertThat(summary.locked()).isTrue();
        assertThat(audit.find(new AuditFilter(username, AuditAction.ACCOUNT_LOCKED, null, null, null),
                PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
        assertThat(audit.find(new AuditFilter(username, AuditAction.SIGN_IN_FAILED, null, null, null),
                PageRequest.of(0, 10)).getTotalElements()).isEqualTo(6);

        staff.resetPassword(summary.id(), "a brand new passphrase");
        assertThat(signIn.authenticate(username, "a brand new passphrase", SignInChannel.BACKOFFICE, HERE))
                .isInstanceOf(SignInOutcome.Authenticated.class);
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void failures_from_one_address_do_not_lock_the_user_out_from_another() {
        String username = unique("target");
        staff.create(new CreateStaffUser(username, "Target", Set.of(Role.ADMIN), PASSWORD));

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn.authenticate(username, "guess " + attempt, SignInChannel.BACKOFFICE, ELSEWHERE))
                    .isInstanceOf(SignInOutcome.Rejected.class);
        }
        assertThat(signIn.authenticate(username, PASSWORD, SignInChannel.BACKOFFICE, ELSEWHERE))
                .as("the address that failed five times is locked out, even with the right password")
                .isInstanceOf(SignInOutcome.Rejected.class);
        assertThat(signIn.authenticate(username, PASSWORD, SignInChannel.BACKOFFICE, HERE))
                .as("the user signs in from their own address")
                .isInstanceOf(SignInOutcome.Authenticated.class);
        assertThat(signIn.authenticate(username, PASSWORD, SignInChannel.BACKOFFICE, ELSEWHERE))
                .as("a success elsewhere does not lift the other address's lock")
                .isInstanceOf(SignInOutcome.Rejected.class);
        assertThat(staff.find(new StaffUserFilter(username, null, true), PageRequest.of(0, 1)).getContent().getFirst()
                .locked()).isTrue();
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void a_success_ends_the_count_of_its_own_address() {
        String username = unique("steady");
        staff.create(new CreateStaffUser(username, "Steady", Set.of(Role.ASSOCIATE), PASSWORD));

        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn.authenticate(username, "typo " + attempt, SignInChannel.BACKOFFICE, HERE);
        }
        assertThat(signIn.authenticate(username, PASSWORD, SignInChannel.BACKOFFICE, HERE))
                .isInstanceOf(SignInOutcome.Authenticated.class);
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn.authenticate(username, "typo again " + attempt, SignInChannel.BACKOFFICE, HERE);
        }
        assertThat(signIn.authenticate(username, PASSWORD, SignInChannel.BACKOFFICE, HERE))
                .isInstanceOf(SignInOutcome.Authenticated.class);
    }

    @Test
    void an_unknown_username_is_rejected_like_a_wrong_password() {
        assertThat(signIn.authenticate("nobody-" + UUID.randomUUID(), "whatever", SignInChannel.BACKOFFICE, HERE))
                .isInstanceOf(SignInOutcome.Rejected.class);
    }

    @Test
    void the_demo_accounts_exist_with_their_roles() {
        for (Role role : Role.values()) {
            var outcome = signIn.authenticate(role.name().toLowerCase(), "demo", SignInChannel.BACKOFFICE, HERE);
            assertThat(outcome).isInstanceOfSatisfying(SignInOutcome.Authenticated.class,
                    ok -> assertThat(ok.principal().roles()).containsExactly(role));
        }
    }
}
