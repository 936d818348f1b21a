package dev.focal.customers;

/**
 * customers.rx.verified: an optician verified a prescription, so orders that waited for a verified prescription
 * can go on. Published through the event publication registry (the outbox) in the verifying transaction.
 */
public record PrescriptionVerified(PrescriptionId prescription, CustomerId customer) {
}
