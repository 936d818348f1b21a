package dev.focal.customers;

/**
 * A customer created an account. Consumers: the welcome e-mail, which loads the address from
 * {@link CustomerContacts} (the event carries no personal data).
 */
public record CustomerRegistered(CustomerId customerId) {
}
