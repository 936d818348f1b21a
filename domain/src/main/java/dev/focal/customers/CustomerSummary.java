package dev.focal.customers;

/** A customer in the staff lookup, with how many prescriptions they have and how many wait for verification. */
public record CustomerSummary(CustomerId id, String fullName, String email, int prescriptions,
                              int awaitingVerification) {
}
