package dev.focal.customers;

import java.time.Instant;

/** A prescription in the verification queue: submitted (usually as a document) and not yet verified or rejected. */
public record VerificationTask(PrescriptionId id, CustomerId customer, String customerName, String wearerName,
                               RxKind kind, RxSource source, Instant submittedAt, int documents) {
}
