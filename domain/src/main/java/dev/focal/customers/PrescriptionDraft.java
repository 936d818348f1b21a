package dev.focal.customers;

import dev.focal.optics.ContactLensRx;
import dev.focal.optics.OpticalRx;
import dev.focal.optics.SpectacleRx;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The values of a prescription as entered or transcribed. {@code rx} matches {@code kind} ({@link SpectacleRx} or
 * {@link ContactLensRx}); it is null only while an uploaded document waits for staff to transcribe it.
 * {@code expiresOn} null means "not written on the prescription": the expiry then comes from the jurisdiction's
 * policy table (shown as "from policy").
 */
public record PrescriptionDraft(WearerId wearer, RxKind kind, @Nullable OpticalRx rx, LocalDate issuedOn,
                                @Nullable LocalDate expiresOn, @Nullable String prescriber, @Nullable String notes) {

    public static PrescriptionDraft spectacles(WearerId wearer, SpectacleRx rx, LocalDate issuedOn) {
        return new PrescriptionDraft(wearer, RxKind.SPECTACLES, rx, issuedOn, null, null, null);
    }

    public static PrescriptionDraft contactLenses(WearerId wearer, ContactLensRx rx, LocalDate issuedOn) {
        return new PrescriptionDraft(wearer, RxKind.CONTACT_LENSES, rx, issuedOn, null, null, null);
    }

    public PrescriptionDraft withExpiry(@Nullable LocalDate expiry) {
        return new PrescriptionDraft(wearer, kind, rx, issuedOn, expiry, prescriber, notes);
    }

    public PrescriptionDraft withPrescriber(@Nullable String name) {
        return new PrescriptionDraft(wearer, kind, rx, issuedOn, expiresOn, name, notes);
    }

    public PrescriptionDraft withNotes(@Nullable String text) {
        return new PrescriptionDraft(wearer, kind, rx, issuedOn, expiresOn, prescriber, text);
    }
}
