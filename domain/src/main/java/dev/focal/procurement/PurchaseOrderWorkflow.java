package dev.focal.procurement;

import static dev.focal.procurement.PurchaseOrderStatus.APPROVED;
import static dev.focal.procurement.PurchaseOrderStatus.DRAFT;
import static dev.focal.procurement.PurchaseOrderStatus.PARTIALLY_RECEIVED;
import static dev.focal.procurement.PurchaseOrderStatus.RECEIVED;
import static dev.focal.procurement.PurchaseOrderStatus.SENT;
import static dev.focal.procurement.PurchaseOrderStatus.SUBMITTED;

import dev.focal.procurement.ProcurementExceptions.PurchaseActionRefused;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The purchase order workflow in one place: from which status each action is allowed (see
 * {@link PurchaseOrderStatus} for the path through it). Pure: the services lock the PO, ask here, and persist
 * the move; PurchaseOrderWorkflowTest is this table written out for every status and action.
 */
final class PurchaseOrderWorkflow {

    private static final Map<PurchaseOrderAction, Set<PurchaseOrderStatus>> ALLOWED_FROM =
            new EnumMap<>(PurchaseOrderAction.class);

    static {
        ALLOWED_FROM.put(PurchaseOrderAction.CHANGE_DELIVERY, EnumSet.of(DRAFT));
        ALLOWED_FROM.put(PurchaseOrderAction.CHANGE_LINES, EnumSet.of(DRAFT));
        ALLOWED_FROM.put(PurchaseOrderAction.SUBMIT, EnumSet.of(DRAFT));
        ALLOWED_FROM.put(PurchaseOrderAction.APPROVE, EnumSet.of(SUBMITTED));
        ALLOWED_FROM.put(PurchaseOrderAction.REJECT, EnumSet.of(SUBMITTED));
        ALLOWED_FROM.put(PurchaseOrderAction.SEND, EnumSet.of(APPROVED));
        ALLOWED_FROM.put(PurchaseOrderAction.RECEIVE, EnumSet.of(SENT, PARTIALLY_RECEIVED));
        // Until anything was received; the service also refuses when a receipt exists.
        ALLOWED_FROM.put(PurchaseOrderAction.CANCEL, EnumSet.of(DRAFT, SUBMITTED, APPROVED, SENT));
        ALLOWED_FROM.put(PurchaseOrderAction.CLOSE, EnumSet.of(PARTIALLY_RECEIVED, RECEIVED));
    }

    private PurchaseOrderWorkflow() {
    }

    static boolean allows(PurchaseOrderStatus status, PurchaseOrderAction action) {
        return ALLOWED_FROM.get(action).contains(status);
    }

    /** @throws PurchaseActionRefused saying why, when the action is not allowed from the PO's status */
    static void require(String number, PurchaseOrderStatus status, PurchaseOrderAction action) {
        if (!allows(status, action)) {
            throw new PurchaseActionRefused(refusal(number, status, action));
        }
    }

    /** Why a PO that goods were received against is not cancelled. */
    static String goodsReceived(String number) {
        return "Goods were received against " + number
                + ", so it cannot be cancelled; close it instead to drop what is still outstanding.";
    }

    /** What the user reads when the action is not allowed from the status. */
    static String refusal(String number, PurchaseOrderStatus status, PurchaseOrderAction action) {
        String is = status.label().toLowerCase(Locale.ROOT);
        return switch (action) {
            case CHANGE_DELIVERY, CHANGE_LINES, SUBMIT ->
                    number + " is " + is + ": only a draft allows changing " + action.wording() + ".";
            case APPROVE, REJECT, SEND -> "Cannot " + action.wording() + " " + number + ": it is " + is + ", not "
                    + ALLOWED_FROM.get(action).iterator().next().label().toLowerCase(Locale.ROOT) + ".";
            case RECEIVE -> number + " is " + is
                    + ": goods are received only against sent purchase orders that are not complete.";
            case CANCEL -> status == PurchaseOrderStatus.CANCELLED ? number + " is " + is + " already."
                    : goodsReceived(number);
            case CLOSE -> number + " is " + is + ": only received or partly received purchase orders are closed"
                    + (status.finished() ? "." : " (cancel it if nothing will come).");
        };
    }
}
