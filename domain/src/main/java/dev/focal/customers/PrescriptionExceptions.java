package dev.focal.customers;

import dev.focal.shared.ChangedBySomeoneElse;
import dev.focal.shared.InvalidInput;
import dev.focal.shared.NotFound;
import dev.focal.shared.Refused;

/** Failures of the prescription store, translated once at the edge (form field, problem response). */
public final class PrescriptionExceptions {

    private PrescriptionExceptions() {
    }

    /**
     * A value of a prescription draft is not acceptable. {@link #field()} is the form key: an
     * {@link dev.focal.optics.RxField} key ({@code od.sph}) or one of {@code issuedOn}, {@code expiresOn},
     * {@code prescriber}, {@code notes}, {@code wearer}, {@code document}, {@code reason}, {@code name},
     * {@code birthDate}, {@code kind}, {@code rx}.
     */
    public static final class InvalidPrescription extends InvalidInput {

        public InvalidPrescription(String field, String message) {
            super(field, message);
        }

        @Override
        public String field() {
            return fieldProblems().getFirst().field();
        }
    }

    /** No such prescription (or document, or wearer) that the caller may see. */
    public static final class PrescriptionNotFound extends NotFound {
        public PrescriptionNotFound() {
            super("This prescription was not found.");
        }

        public PrescriptionNotFound(String message) {
            super(message);
        }
    }

    /** The prescription changed since the caller read it; nothing was written. */
    public static final class PrescriptionChanged extends ChangedBySomeoneElse {
        public PrescriptionChanged() {
            super("This prescription was changed by someone else since you opened it. Open it again to see the "
                    + "latest version, then make your change.");
        }
    }

    /**
     * An uploaded document was refused: not a PDF, JPEG or PNG by its content, empty, or too large; field
     * {@code document}.
     */
    public static final class RxDocumentRejected extends InvalidInput {
        public RxDocumentRejected(String message) {
            super("document", message);
        }
    }

    /** A signed document link is malformed, tampered with or expired. */
    public static final class InvalidDocumentLink extends Refused {
        public InvalidDocumentLink() {
            super("Link not valid", "This document link is invalid or has expired. Open the prescription again for a new link.");
        }
    }
}
