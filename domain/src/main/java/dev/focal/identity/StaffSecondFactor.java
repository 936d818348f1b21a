package dev.focal.identity;

import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditLog;
import dev.focal.audit.AuditRecord;
import dev.focal.shared.Roles;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff second factor (ADR 0018): a TOTP authenticator app (RFC 6238) plus ten one-time recovery codes. Required
 * for every role that reads prescriptions ({@link #REQUIRED_FOR}), optional for the others.
 *
 * <p>The sign-in steps ({@link #state}, {@link #startEnrolment}, {@link #confirmEnrolment}, {@link #verify}) run
 * when the caller has given their password only, so they cannot ask for a role: Spring Security's multi-factor rules
 * make every role check wait for the second factor. They are open to any signed-in staff member and act on that
 * member alone; changing an authenticator that is already active needs both factors ({@link #startReplacement}).
 * Wrong codes count towards the same lockout as wrong passwords.
 */
@Service
@Transactional(readOnly = true)
public class StaffSecondFactor {

    /** The roles that read prescriptions (the customers context's Rx desk and verifiers) must use a second factor. */
    public static final Set<Role> REQUIRED_FOR = Collections.unmodifiableSet(
            EnumSet.of(Role.ADMIN, Role.ASSOCIATE, Role.OPTICIAN));

    /**
     * The published authenticator secret of the demo accounts that need a second factor (demo mode only; README):
     * add it to an authenticator app, or compute the code with {@code oathtool --totp -b <secret>}.
     */
    public static final String DEMO_SECRET = "FOCALDEMOFOCALDEMOFOCALDEMOFOCAL";

    static final int RECOVERY_CODES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final StaffUserRepository users;
    private final SecondFactorSecrets secrets;
    private final SecondFactorStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final String issuer;
    private final FailedSignInStore failures;
    private final boolean demo;

    StaffSecondFactor(StaffUserRepository users, SecondFactorSecrets secrets, SecondFactorStore store, AuditLog audit,
                      Clock clock, @org.springframework.beans.factory.annotation.Value("${focal.mfa.issuer:Focal}")
                      String issuer, FailedSignInStore failures,
                      @org.springframework.beans.factory.annotation.Value("${focal.demo:false}") boolean demo) {
        this.failures = failures;
        this.demo = demo;
        this.users = users;
        this.secrets = secrets;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.issuer = issuer;
    }

    /** Whether these roles must use a second factor. */
    public static boolean requiredFor(Set<Role> roles) {
        return roles.stream().anyMatch(REQUIRED_FOR::contains);
    }

    /** Where this staff member stands; asked at sign-in, before anyone has both factors. */
    @PreAuthorize("permitAll()")
    public SecondFactorState state(StaffUserId id) {
        var user = users.findById(id.value()).orElseThrow(() -> new IdentityExceptions.StaffUserNotFound(id));
        boolean enrolled = activeSecret(user).isPresent();
        int left = store.unusedRecoveryCodes(id.value());
        return new SecondFactorState(requiredFor(user.toPrincipal().roles()), enrolled, enrolled ? left : 0);
    }

    /** Where the signed-in member stands (nothing set up for a caller who is not a stored staff user). */
    @PreAuthorize("permitAll()")
    public SecondFactorState myState() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return (authentication == null ? java.util.Optional.<StaffUser>empty()
                : users.findByUsername(authentication.getName()))
                .map(user -> state(user.id())).orElse(new SecondFactorState(false, false, 0));
    }

    /**
     * A new authenticator for the signed-in member who has none yet (the sign-in set-up step, or My account). The
     * secret is shown once; it becomes active when {@link #confirmEnrolment confirmed}.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public AuthenticatorEnrolment startEnrolment() {
        StaffUser user = signedIn();
        if (activeSecret(user).isPresent()) {
            throw new AccessDeniedException("An authenticator is already set up; replacing it needs both factors.");
        }
        return begin(user);
    }

    /** A new authenticator replacing the active one (a new phone); needs a full sign-in with both factors. */
    @Transactional
    @PreAuthorize(Roles.ANY_STAFF)
    public AuthenticatorEnrolment startReplacement() {
        return begin(signedIn());
    }

    /**
     * Activates the pending authenticator when the code is one it made now, and returns ten new recovery codes,
     * shown once (only their hashes are kept; earlier codes stop working).
     */
    @Transactional(noRollbackFor = SecondFactorExceptions.WrongSecondFactorCode.class)
    @PreAuthorize("permitAll()")
    public List<String> confirmEnrolment(String code) {
        StaffUser user = signedIn();
        byte[] pending = store.pendingSecret(user.id().value())
                .map(sealed -> secrets.open(sealed, aad(user))).orElseThrow(
                        SecondFactorExceptions.WrongSecondFactorCode::new);
        long step = Totp.matchingStep(pending, code, Totp.step(clock.instant().getEpochSecond()), 0);
        if (step < 0) {
            throw new SecondFactorExceptions.WrongSecondFactorCode();
        }
        store.activatePending(user.id().value(), clock.instant(), step);
        audit.record(AuditRecord.of(user.username(), AuditAction.SECOND_FACTOR_ENROLLED, "staff_user", user.id(),
                "Authenticator app confirmed"));
        return replaceRecoveryCodes(user);
    }

    /**
     * Checks the second sign-in step for the signed-in member: a current authenticator code (each accepted once) or
     * an unused recovery code (spent now). Wrong codes count like wrong passwords, per user and client address
     * ({@code clientAddress} as {@code ServletRequest.getRemoteAddr()} gives it), and lock that address out.
     */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    @PreAuthorize("permitAll()")
    public SecondFactorCheck verify(String code, @Nullable String clientAddress) {
        StaffUser user = users.findForSignIn(signedIn().username()).orElseThrow();
        Instant now = clock.instant();
        String address = StaffSignIn.clientAddress(clientAddress);
        FailedSignIns before = failures.find(user.id(), address);
        var secret = activeSecret(user);
        if (secret.isEmpty() || before.isLocked(now) || !user.enabled()) {
            return SecondFactorCheck.REJECTED;
        }
        String typed = code == null ? "" : code.strip();
        long current = Totp.step(now.getEpochSecond());
        long step = Totp.matchingStep(secret.get(), typed, current, store.lastUsedStep(user.id().value()));
        if (step >= 0 && store.useStep(user.id().value(), step)) {
            signedInWithSecondFactor(user, address, now);
            return SecondFactorCheck.CODE_ACCEPTED;
        }
        if (spendRecoveryCode(user, typed, now)) {
            signedInWithSecondFactor(user, address, now);
            audit.record(AuditRecord.of(user.username(), AuditAction.RECOVERY_CODE_USED, "staff_user", user.id(),
                    "Signed in with a recovery code"));
            return SecondFactorCheck.RECOVERY_CODE_ACCEPTED;
        }
        FailedSignIns after = before.plusOne(now);
        failures.save(user.id(), address, after, now);
        audit.record(AuditRecord.of(user.username(), AuditAction.SECOND_FACTOR_FAILED, "staff_user", user.id(),
                "Wrong code (" + after.inARow() + " in a row from " + address + ")"));
        if (after.isLocked(now)) {
            audit.record(AuditRecord.of(user.username(), AuditAction.ACCOUNT_LOCKED, "staff_user", user.id(),
                    "Locked for " + FailedSignIns.LOCK_DURATION.toMinutes() + " minutes for " + address
                            + " after " + FailedSignIns.MAX_IN_A_ROW + " failed attempts"));
        }
        return SecondFactorCheck.REJECTED;
    }

    private void signedInWithSecondFactor(StaffUser user, String address, Instant now) {
        user.recordSuccessfulSignIn(now);
        users.save(user);
        failures.clear(user.id(), address);
    }

    /**
     * Demo mode only: the current code of the signed-in member when their authenticator is still the published
     * demo secret, so that someone trying the demo can sign in without an authenticator app. Empty outside demo
     * mode and for every other secret.
     */
    @PreAuthorize("permitAll()")
    public java.util.Optional<String> demoCode() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!demo || authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return java.util.Optional.empty();
        }
        byte[] demoSecret = Totp.fromBase32(DEMO_SECRET);
        return users.findByUsername(authentication.getName()).flatMap(this::activeSecret).filter(secret -> MessageDigest.isEqual(secret, demoSecret))
                .map(secret -> Totp.code(secret, Totp.step(clock.instant().getEpochSecond())));
    }

    /** Ten new recovery codes for the signed-in member, shown once; the earlier ones stop working. */
    @Transactional
    @PreAuthorize(Roles.ANY_STAFF)
    public List<String> newRecoveryCodes() {
        StaffUser user = signedIn();
        if (activeSecret(user).isEmpty()) {
            throw new AccessDeniedException("Set up an authenticator app first.");
        }
        return replaceRecoveryCodes(user);
    }

    /** Removes the signed-in member's authenticator and recovery codes; refused when their roles require one. */
    @Transactional
    @PreAuthorize(Roles.ANY_STAFF)
    public void remove() {
        StaffUser user = signedIn();
        if (requiredFor(user.toPrincipal().roles())) {
            throw new SecondFactorExceptions.SecondFactorRequired();
        }
        removeFor(user, user.username());
    }

    /**
     * An administrator removes a member's authenticator (a lost phone and no recovery codes left); a member whose
     * roles require one sets up a new one at their next sign-in.
     */
    @Transactional
    @PreAuthorize(Roles.ADMINS_ONLY)
    public void resetFor(StaffUserId id) {
        StaffUser user = users.findById(id.value()).orElseThrow(() -> new IdentityExceptions.StaffUserNotFound(id));
        removeFor(user, SecurityContextHolder.getContext().getAuthentication().getName());
    }

    /** Demo data only: enrols a demo account with a published secret, so the demo can show the second step. */
    @Transactional
    void enrolForDemo(StaffUser user, byte[] secret) {
        store.saveActiveIfAbsent(user.id().value(), secrets.seal(secret, aad(user)), clock.instant());
    }

    private void removeFor(StaffUser user, String actor) {
        store.remove(user.id().value());
        audit.record(AuditRecord.of(actor, AuditAction.SECOND_FACTOR_REMOVED, "staff_user", user.id(),
                "Authenticator of " + user.username() + " removed"));
    }

    private AuthenticatorEnrolment begin(StaffUser user) {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        byte[] sealed = secrets.seal(secret, aad(user));
        store.savePending(user.id().value(), sealed, clock.instant());
        String base32 = Totp.base32(secret);
        String label = encode(issuer) + ":" + encode(user.username());
        String uri = "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new AuthenticatorEnrolment(base32, uri);
    }

    private List<String> replaceRecoveryCodes(StaffUser user) {
        var codes = new ArrayList<String>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            codes.add(randomCode());
        }
        store.replaceRecoveryCodes(user.id().value(), codes.stream().map(StaffSecondFactor::hash).toList());
        return List.copyOf(codes);
    }

    private boolean spendRecoveryCode(StaffUser user, String typed, Instant now) {
        String normalised = typed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (normalised.length() != 10) {
            return false;
        }
        String code = normalised.substring(0, 5) + "-" + normalised.substring(5);
        return store.spendRecoveryCode(user.id().value(), hash(code), now);
    }

    private java.util.Optional<byte[]> activeSecret(StaffUser user) {
        return store.activeSecret(user.id().value()).map(sealed -> secrets.open(sealed, aad(user)));
    }

    private StaffUser signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("Sign in first.");
        }
        return users.findByUsername(authentication.getName())
                .orElseThrow(() -> new AccessDeniedException("Only staff members have a second factor."));
    }

    private static String aad(StaffUser user) {
        return "staff_second_factor:" + user.id().value();
    }

    private static String randomCode() {
        var code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
