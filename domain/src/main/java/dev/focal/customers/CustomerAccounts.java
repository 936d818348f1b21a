package dev.focal.customers;

import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditLog;
import dev.focal.audit.AuditRecord;
import dev.focal.customers.CustomerExceptions.EmailAlreadyRegistered;
import dev.focal.customers.CustomerExceptions.InvalidResetToken;
import dev.focal.shared.Email;
import dev.focal.shared.PasswordPolicy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customer sign-up, password reset and the customer's own profile. */
@Service
@Transactional(readOnly = true)
public class CustomerAccounts {

    /** How long a password-reset link works. */
    public static final Duration RESET_LINK_VALIDITY = Duration.ofHours(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CustomerRepository customers;
    private final PasswordResetTokenRepository resetTokens;
    private final CustomerSessionStore sessions;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;

    CustomerAccounts(CustomerRepository customers, PasswordResetTokenRepository resetTokens,
                     CustomerSessionStore sessions, PasswordEncoder passwords, AuditLog audit, Clock clock) {
        this.customers = customers;
        this.resetTokens = resetTokens;
        this.sessions = sessions;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks a name as the sign-up form does; throws with a message for the field. */
    public static String validName(String fullName) {
        return Customer.requireName(fullName);
    }

    /**
     * Opens an account and publishes {@link CustomerRegistered}. Anyone may sign up. For an address that has an
     * account already, nothing is created or changed: {@link RegistrationAttempted} tells the owner by e-mail,
     * and the caller answers as for a new account, so sign-up cannot be used to find out who is a customer.
     * The password is hashed either way, so both answers take about as long.
     *
     * @return the new account, or empty when the address has one already
     * @throws IllegalArgumentException for a malformed e-mail, a blank name or a weak password
     * @throws EmailAlreadyRegistered only when another sign-up for the same address commits at the same moment;
     *         the caller answers it as any other sign-up
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public Optional<CustomerId> register(RegisterCustomer command) {
        Email email = Email.of(command.email());
        String name = validName(command.fullName());
        PasswordPolicy.check(command.password(), email.value());
        String passwordHash = passwords.encode(command.password());
        Optional<Customer> existing = customers.findByEmail(email.value());
        if (existing.isPresent()) {
            Customer owner = existing.get();
            owner.registrationAttempted(clock.instant());
            customers.save(owner);
            return Optional.empty();
        }
        Customer customer = Customer.register(email, name, passwordHash, clock.instant());
        try {
            customers.saveAndFlush(customer);
        } catch (DataIntegrityViolationException raced) {
            throw new EmailAlreadyRegistered();
        }
        audit.record(AuditRecord.of(email.value(), AuditAction.CUSTOMER_REGISTERED, "customer", customer.id(),
                "Storefront sign-up"));
        return Optional.of(customer.id());
    }

    /**
     * Sends a reset link if the address has an account. Says nothing either way, so the form cannot be used
     * to find out who is a customer.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void requestPasswordReset(String emailInput) {
        Email email;
        try {
            email = Email.of(emailInput);
        } catch (IllegalArgumentException malformed) {
            return;
        }
        customers.findByEmail(email.value()).ifPresent(customer -> {
            customer.requestPasswordReset(clock.instant());
            customers.save(customer);
        });
    }

    /** True while a reset link can still be used, so the form can say so before the customer types. */
    @PreAuthorize("permitAll()")
    public boolean isResetTokenUsable(String token) {
        return resetTokens.findById(sha256(token)).map(t -> t.usableAt(clock.instant())).orElse(false);
    }

    /**
     * Sets a new password with a reset link; the link and every other open link of the customer stop working,
     * every "keep me signed in" device is forgotten and every open session ends at its next request (ADR 0016):
     * whoever asked for the link may be taking the account back from someone else.
     *
     * @throws InvalidResetToken for an unknown, used or expired link
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void resetPassword(String token, String newPassword) {
        Instant now = clock.instant();
        PasswordResetToken reset = resetTokens.findForUse(sha256(token))
                .filter(t -> t.usableAt(now))
                .orElseThrow(InvalidResetToken::new);
        Customer customer = customers.findById(reset.customerId()).orElseThrow(InvalidResetToken::new);
        PasswordPolicy.check(newPassword, customer.email());
        customer.changePassword(passwords.encode(newPassword));
        customers.save(customer);
        sessions.forgetRememberedSignIns(customer.email());
        reset.use(now);
        resetTokens.invalidateAll(reset.customerId(), now);
        audit.record(AuditRecord.of(customer.email(), AuditAction.CUSTOMER_PASSWORD_RESET, "customer", customer.id(),
                "Reset by e-mailed link"));
    }

    /** The signed-in customer's own profile. */
    @PreAuthorize(CustomersAccess.CUSTOMER)
    public CustomerProfile myProfile() {
        var principal = SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        if (!(principal instanceof CustomerPrincipal customer)) {
            throw new IllegalStateException("Not signed in as a customer.");
        }
        return customers.findById(customer.customerId().value()).map(Customer::toProfile)
                .orElseThrow(() -> new IllegalStateException("The signed-in customer no longer exists."));
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
