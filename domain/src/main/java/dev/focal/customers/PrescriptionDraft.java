package dev.focal.customers;

import dev.focal.optics.ContactLensRx;
import dev.focal.optics.OpticalRx;
import dev.focal.optics.SpectacleRx;
import dev.focal.customers.PrescriptionExceptions.InvalidPrescription;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The values of a prescription as entered or transcribed. {@code rx} matches {@code kind} ({@link SpectacleRx} or
 * {@link ContactLensRx}); it is null only while an uploaded document waits for staff to transcribe it.
 * {@code expiresOn} null means "not written on the prescription": the expiry then comes from the jurisdiction's
 * policy table (shown as "from policy").
 */
public record PrescriptionDraft(WearerId wearer, RxKind kind, @Nullable OpticalRx rx, LocalDate issuedOn,
                                @Nullable LocalDate expiresOn, @Nullable String prescriber, @Nullable String notes) {

    /** The longest notes a prescription takes; forms limit their fields to it. */
    public static final int MAX_NOTES = 2000;

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

    /**
     * What is wrong with an issue and expiry date pair on {@code today}, one problem per field (issued in the future
     * or more than 25 years ago; an expiry not after the issue date or more than 10 years after it). Forms call it
     * to show every date problem at once; {@link MyPrescriptions} and {@link PrescriptionDesk} refuse a draft with
     * the first. A missing issue date is the caller's to report, as it reads the field.
     */
    public static List<InvalidPrescription> dateProblems(@Nullable LocalDate issuedOn, @Nullable LocalDate expiresOn,
                                                         LocalDate today) {
        List<InvalidPrescription> problems = new ArrayList<>();
        if (issuedOn == null) {
            return problems;
        }
        if (issuedOn.isAfter(today)) {
            problems.add(new InvalidPrescription("issuedOn", "The issue date cannot be in the future."));
        } else if (issuedOn.isBefore(today.minusYears(25))) {
            problems.add(new InvalidPrescription("issuedOn", "The issue date is more than 25 years ago; check the year."));
        }
        if (expiresOn != null && !expiresOn.isAfter(issuedOn)) {
            problems.add(new InvalidPrescription("expiresOn", "The expiry date comes after the issue date."));
        } else if (expiresOn != null && expiresOn.isAfter(issuedOn.plusYears(10))) {
            problems.add(new InvalidPrescription("expiresOn", "An expiry more than 10 years after the issue date is "
                    + "not plausible; check the year."));
        }
        return problems;
    }
}
