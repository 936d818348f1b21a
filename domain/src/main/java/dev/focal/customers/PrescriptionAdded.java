package dev.focal.customers;

/** The prescription an add request created, or found when the request was a repeat of an earlier one. */
public record PrescriptionAdded(PrescriptionId id, boolean repeated) {
}
