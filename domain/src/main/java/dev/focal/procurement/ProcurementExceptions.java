package dev.focal.procurement;

import dev.focal.shared.ChangedBySomeoneElse;
import dev.focal.shared.InvalidInput;
import dev.focal.shared.NotFound;
import dev.focal.shared.Refused;

/** Failures of the procurement context, translated once at the edge (view, controller, API). */
public final class ProcurementExceptions {

    private ProcurementExceptions() {
    }

    /**
     * Input breaks a rule; nothing was written. {@code field} names the input it concerns as the component of
     * the draft record is called ({@code email}, {@code unitCost}), for list input with its index
     * ({@code lines[0].quantity}), so a form can show the message in place.
     */
    public static final class InvalidPurchaseInput extends InvalidInput {

        public InvalidPurchaseInput(String field, String message) {
            super(field, message);
        }

        @Override
        public String field() {
            return fieldProblems().getFirst().field();
        }
    }

    /**
     * The action does not fit the document's state (editing lines of a sent PO, cancelling after a receipt,
     * approving an approved PO); nothing was written. The message says why and what is possible instead.
     */
    public static final class PurchaseActionRefused extends Refused {
        public PurchaseActionRefused(String message) {
            super(message);
        }
    }

    public static final class PurchaseRecordNotFound extends NotFound {
        public PurchaseRecordNotFound(String what) {
            super("No " + what + ".");
        }
    }

    /** Someone else saved the record after it was read (optimistic lock); nothing was written. */
    public static final class PurchaseRecordChanged extends ChangedBySomeoneElse {
        public PurchaseRecordChanged(String what) {
            super(what + " was changed by someone else since you opened it. Reload it, then make your change again.");
        }
    }
}
