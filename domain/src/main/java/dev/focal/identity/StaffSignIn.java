package dev.focal.identity;

import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditLog;
import dev.focal.audit.AuditRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a staff sign-in attempt and keeps the lockout count: five failures in a row lock the account for
 * fifteen minutes. Every attempt is audited. The outcome never reveals whether the username exists, and an
 * unknown username costs the same password-hash time as a known one.
 */
@Service
public class StaffSignIn {

    private final StaffUserRepository users;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;
    private final String dummyHash;

    StaffSignIn(StaffUserRepository users, PasswordEncoder passwords, AuditLog audit, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.dummyHash = passwords.encode("focal-timing-equaliser");
    }

    /** Anyone may try to sign in; that is the point of a sign-in form. */
    @Transactional
    @PreAuthorize("permitAll()")
    public SignInOutcome authenticate(String username, String password, SignInChannel channel) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
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
        if (user.isLocked(now)) {
            audit.record(AuditRecord.of(user.username(), AuditAction.SIGN_IN_FAILED, "staff_user", user.id(),
                    "Account is locked"));
            return new SignInOutcome.Rejected();
        }
        if (!user.enabled()) {
            audit.record(AuditRecord.of(user.username(), AuditAction.SIGN_IN_FAILED, "staff_user", user.id(),
                    "Account is disabled"));
            return new SignInOutcome.Rejected();
        }
        if (!passwordMatches) {
            boolean lockedNow = user.recordFailedSignIn(now);
            users.save(user);
            audit.record(AuditRecord.of(user.username(), AuditAction.SIGN_IN_FAILED, "staff_user", user.id(),
                    "Wrong password (" + user.failedAttempts() + " in a row)"));
            if (lockedNow) {
                audit.record(AuditRecord.of(user.username(), AuditAction.ACCOUNT_LOCKED, "staff_user", user.id(),
                        "Locked for " + StaffUser.LOCK_DURATION.toMinutes() + " minutes after "
                                + StaffUser.MAX_FAILED_ATTEMPTS + " failed attempts"));
            }
            return new SignInOutcome.Rejected();
        }
        user.recordSuccessfulSignIn(now);
        users.save(user);
        if (channel.auditsSuccess()) {
            audit.record(AuditRecord.of(user.username(), AuditAction.SIGN_IN, "staff_user", user.id(), "Backoffice"));
        }
        return new SignInOutcome.Authenticated(user.toPrincipal());
    }

    private static String truncated(String name) {
        return name.isEmpty() ? "(blank)" : name.length() > 64 ? name.substring(0, 64) : name;
    }
}
