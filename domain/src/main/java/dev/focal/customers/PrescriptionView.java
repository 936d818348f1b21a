package dev.focal.customers;

import dev.focal.optics.ContactLensRx;
import dev.focal.optics.OpticalRx;
import dev.focal.optics.RxWarning;
import dev.focal.optics.SpectacleRx;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version of a prescription as people see it, decrypted. {@code version} counts the versions of this
 * prescription from 1; {@code lockVersion} is what an amendment, verification or rejection must send back to
 * prove it was based on the latest version. {@code rx} is null only while an uploaded document waits to be
 * transcribed. {@code expiryFromPolicy} says the expiry was not written on the prescription but computed from the
 * jurisdiction's policy table.
 */
public record PrescriptionView(PrescriptionId id, int version, long lockVersion, CustomerId customer,
                               String customerName, WearerId wearer, String wearerName, RxKind kind,
                               @Nullable OpticalRx rx, LocalDate issuedOn, LocalDate expiresOn,
                               boolean expiryFromPolicy, @Nullable String prescriber, RxSource source, RxStatus status,
                               @Nullable String verifiedBy, @Nullable Instant verifiedAt,
                               @Nullable String rejectionReason, @Nullable String notes,
                               List<RxDocumentInfo> documents, Instant createdAt, String createdBy) {

    public PrescriptionView {
        documents = List.copyOf(documents);
    }

    /** Expired on that day: the expiry date is the last day it is valid. */
    public boolean expiredOn(LocalDate today) {
        return today.isAfter(expiresOn);
    }

    /** Legal but unusual values worth a second look; empty when there are none or no values yet. */
    public List<RxWarning> warnings() {
        return rx == null ? List.of() : rx.warnings();
    }

    public boolean hasValues() {
        return rx != null;
    }

    /** The spectacle values; throws when this is a contact-lens prescription or has no values yet. */
    public SpectacleRx spectacles() {
        if (rx instanceof SpectacleRx spectacles) {
            return spectacles;
        }
        throw new IllegalStateException(kind == RxKind.SPECTACLES
                ? "This prescription has no values yet." : "This is a contact-lens prescription.");
    }

    /** The contact-lens values; throws when this is a spectacle prescription or has no values yet. */
    public ContactLensRx contactLenses() {
        if (rx instanceof ContactLensRx contactLenses) {
            return contactLenses;
        }
        throw new IllegalStateException(kind == RxKind.CONTACT_LENSES
                ? "This prescription has no values yet." : "This is a spectacle prescription.");
    }
}
