package dev.focal.identity;

import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditLog;
import dev.focal.audit.AuditRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a staff sign-in attempt and keeps the lockout count per user and client address: five failures in a row
 * from one address lock that user out from that address for fifteen minutes, while the same user signs in from
 * any other address as usual, so nobody can keep a colleague (or {@code admin}) locked out from afar
 * (docs/adr/0017-throttling-and-lockout.md). Every attempt is audited. The outcome never reveals whether the
 * username exists, and an unknown username costs the same password-hash time as a known one.
 */
@Service
public class StaffSignIn {

    private final StaffUserRepository users;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;
    private final FailedSignInStore failures;
    private final String dummyHash;

    StaffSignIn(StaffUserRepository users, PasswordEncoder passwords, AuditLog audit, Clock clock,
                FailedSignInStore failures) {
        this.failures = failures;
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.dummyHash = passwords.encode("focal-timing-equaliser");
    }

    /**
     * Anyone may try to sign in; that is the point of a sign-in form. {@code clientAddress} is the address the
     * attempt came from as the servlet container sees it ({@code ServletRequest.getRemoteAddr()}, which honours
     * forwarded headers only when the proxy set-up trusts them).
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public SignInOutcome authenticate(String username, String password, SignInChannel channel,
                                      @Nullable String clientAddress) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        String address = clientAddress(clientAddress);
        Instant now = clock.instant();
        Optional<StaffUser> found = name.isEmpty() ? Optional.empty() : users.findForSignIn(name);
        if (found.isEmpty()) {
            passwords.matches(password, dummyHash);
            audit.record(new AuditRecord(truncated(name), AuditAction.SIGN_IN_FAILED, "staff_user", null,
                    "Unknown username (" + channel.name().toLowerCase(Locale.ROOT) + ")"));
            return new SignInOutcome.Rejected();
        }
        StaffUser user = found.get();
        boolean passwordMatches = passwords.matches(password, user.passwordHash());
        FailedSignIns before = failures.find(user.id(), address);
        if (before.isLocked(now)) {
            audit.record(AuditRecord.of(user.username(), AuditAction.SIGN_IN_FAILED, "staff_user", user.id(),
                    "Account is locked for " + address));
            return new SignInOutcome.Rejected();
        }
        if (!user.enabled()) {
            audit.record(AuditRecord.of(user.username(), AuditAction.SIGN_IN_FAILED, "staff_user", user.id(),
                    "Account is disabled"));
            return new SignInOutcome.Rejected();
        }
        if (!passwordMatches) {
            FailedSignIns after = before.plusOne(now);
            failures.save(user.id(), address, after, now);
            audit.record(AuditRecord.of(user.username(), AuditAction.SIGN_IN_FAILED, "staff_user", user.id(),
                    "Wrong password (" + after.inARow() + " in a row from " + address + ")"));
            if (after.isLocked(now)) {
                audit.record(AuditRecord.of(user.username(), AuditAction.ACCOUNT_LOCKED, "staff_user", user.id(),
                        "Locked for " + FailedSignIns.LOCK_DURATION.toMinutes() + " minutes for " + address
                                + " after " + FailedSignIns.MAX_IN_A_ROW + " failed attempts"));
            }
            return new SignInOutcome.Rejected();
        }
        user.recordSuccessfulSignIn(now);
        users.save(user);
        failures.clear(user.id(), address);
        if (channel.auditsSuccess()) {
            audit.record(AuditRecord.of(user.username(), AuditAction.SIGN_IN, "staff_user", user.id(), "Backoffice"));
        }
        return new SignInOutcome.Authenticated(user.toPrincipal());
    }

    /** The key the lockout counts under; an attempt without a known address shares one count with the others. */
    static String clientAddress(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String stripped = address.strip();
        return stripped.length() > 64 ? stripped.substring(0, 64) : stripped;
    }

    private static String truncated(String name) {
        return name.isEmpty() ? "(blank)" : name.length() > 64 ? name.substring(0, 64) : name;
    }
}
