package dev.focal.customers;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mints one-time password-reset tokens for the e-mail that carries them, at the moment it is sent: the token
 * exists only in that e-mail and in this call's result, the database keeps its SHA-256. For the e-mail
 * delivery job (no signed-in user); the storefront asks for a link with
 * {@link CustomerAccounts#requestPasswordReset(String)}.
 */
@Service
public class PasswordResetLinks {

    /** A freshly minted token and when it stops working. */
    public record IssuedToken(String token, Instant expiresAt) {
    }

    private final CustomerRepository customers;
    private final PasswordResetTokenRepository resetTokens;
    private final Clock clock;

    PasswordResetLinks(CustomerRepository customers, PasswordResetTokenRepository resetTokens, Clock clock) {
        this.customers = customers;
        this.resetTokens = resetTokens;
        this.clock = clock;
    }

    /**
     * Mints and stores (as a hash, committed before this returns) a token valid for
     * {@link CustomerAccounts#RESET_LINK_VALIDITY}; empty when the account is gone.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<IssuedToken> issue(CustomerId customerId) {
        if (!customers.existsById(customerId.value())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String token = CustomerAccounts.newToken();
        Instant expiresAt = now.plus(CustomerAccounts.RESET_LINK_VALIDITY);
        resetTokens.save(new PasswordResetToken(CustomerAccounts.sha256(token), customerId, now, expiresAt));
        return Optional.of(new IssuedToken(token, expiresAt));
    }
}
