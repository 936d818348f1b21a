package dev.focal.identity;

import dev.focal.platform.StaffUserDetails;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Fresh staff users for second-factor tests, so that no test spends another's one-time codes. */
public final class SecondFactorFixtures {

    public static final String PASSWORD = "second factor test passphrase";

    private SecondFactorFixtures() {
    }

    /** An authenticator set up and confirmed: its secret and the ten recovery codes shown once. */
    public record Enrolled(String username, String secret, List<String> recoveryCodes) {
    }

    public static String newStaff(StaffUserService staff, Role role) {
        String username = "mfa-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        as("root", "ROLE_ADMIN", () -> staff.create(new CreateStaffUser(username, "MFA " + role.label(),
                Set.of(role), PASSWORD)));
        return username;
    }

    public static Enrolled enrol(StaffSecondFactor secondFactor, String username) {
        return as(username, "ROLE_STAFF_SETUP", () -> {
            var enrolment = secondFactor.startEnrolment();
            var codes = secondFactor.confirmEnrolment(SecondFactorCodes.codeNow(enrolment.secret()));
            return new Enrolled(username, enrolment.secret(), codes);
        });
    }

    /** The principal the backoffice builds when this stored user signs in with their password. */
    public static StaffUserDetails details(StaffSignIn signIn, String username) {
        var outcome = signIn.authenticate(username, PASSWORD, SignInChannel.BACKOFFICE, "127.0.0.1");
        return new StaffUserDetails(((SignInOutcome.Authenticated) outcome).principal());
    }

    static <T> T as(String username, String authority, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null,
                AuthorityUtils.createAuthorityList(authority)));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
