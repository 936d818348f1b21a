package dev.focal.customers;

import java.time.Instant;

/**
 * A customer asked for a password-reset link. Carries the one-time token because only this moment knows
 * it (the database keeps its hash); the e-mail that delivers it is the only other place it goes.
 */
public record CustomerPasswordResetRequested(CustomerId customerId, String email, String fullName, String token,
                                             Instant expiresAt) {
}
