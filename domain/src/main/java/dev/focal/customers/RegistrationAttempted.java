package dev.focal.customers;

import java.time.Instant;

/**
 * Someone tried to sign up with the address of an existing account. The sign-up page answers as for a new
 * account, so it cannot be used to find out who is a customer; the owner hears of it by e-mail instead (the
 * address comes from {@link CustomerContacts}: the event carries no personal data).
 */
public record RegistrationAttempted(CustomerId customerId, Instant attemptedAt) {
}
