package dev.focal.customers;

/** A customer created an account. Consumers: the welcome e-mail. */
public record CustomerRegistered(CustomerId customerId, String email, String fullName) {
}
