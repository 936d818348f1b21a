package dev.focal.customers;

import java.time.Instant;

/**
 * A customer asked for a password-reset link. Carries no token, address or name: the e-mail delivery mints
 * the token when the message goes out ({@link PasswordResetLinks}) and loads the address
 * ({@link CustomerContacts}), so neither sits in the event publication registry.
 */
public record CustomerPasswordResetRequested(CustomerId customerId, Instant requestedAt) {
}
