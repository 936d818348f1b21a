package dev.focal.identity;

import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditLog;
import dev.focal.audit.AuditRecord;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs a staff member in whose identity an OpenID Connect provider has vouched for (ADR 0018): the provider's
 * verified claim names an existing, enabled staff user. Nobody is ever created here, and roles stay Focal's. Every
 * attempt is audited like a password sign-in; a refusal never says whether the username exists. The password lockout
 * does not apply: no password is guessed here, and the provider keeps its own.
 */
@Service
public class StaffSingleSignOn {

    private final StaffUserRepository users;
    private final AuditLog audit;
    private final Clock clock;

    StaffSingleSignOn(StaffUserRepository users, AuditLog audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * {@code username} is the value of the configured claim of an ID token whose signature, issuer, audience, expiry
     * and nonce were already verified; {@code provider} names the provider in the audit trail.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public SignInOutcome signIn(@Nullable String username, String provider, @Nullable String clientAddress) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        String how = "Single sign-on (" + provider + ") from " + StaffSignIn.clientAddress(clientAddress);
        Optional<StaffUser> found = name.isEmpty() || name.length() > 64 ? Optional.empty()
                : users.findForSignIn(name);
        if (found.isEmpty()) {
            audit.record(new AuditRecord(name.isEmpty() ? "(blank)" : name.substring(0, Math.min(64, name.length())),
                    AuditAction.SIGN_IN_FAILED, "staff_user", null, how + ": no such staff user"));
            return new SignInOutcome.Rejected();
        }
        StaffUser user = found.get();
        if (!user.enabled()) {
            audit.record(AuditRecord.of(user.username(), AuditAction.SIGN_IN_FAILED, "staff_user", user.id(),
                    how + ": account is disabled"));
            return new SignInOutcome.Rejected();
        }
        user.recordSuccessfulSignIn(clock.instant());
        users.save(user);
        audit.record(AuditRecord.of(user.username(), AuditAction.SIGN_IN, "staff_user", user.id(), how));
        return new SignInOutcome.Authenticated(user.toPrincipal());
    }
}
