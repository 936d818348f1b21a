package dev.focal.backoffice.procurement;

import dev.focal.procurement.ProcurementAccess;
import com.vaadin.flow.component.html.Span;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.ui.StaffAccess;
import dev.focal.procurement.PurchaseOrderStatus;

/** What the purchasing screens share: who may buy, and how a purchase order's status looks. */
final class Purchasing {

    private Purchasing() {
    }

    /** Buyers and admins edit suppliers, purchase orders and proposals; other staff read. */
    static boolean canBuy() {
        return StaffAccess.allows(ProcurementAccess.BUYERS);
    }

    /** A PO's status as a badge: drafts grey, waiting blue, approved and received green, cancelled red. */
    static Span status(PurchaseOrderStatus status) {
        return Formats.badge(status.label(), switch (status) {
            case DRAFT, CLOSED -> "contrast";
            case SUBMITTED, SENT, PARTIALLY_RECEIVED -> "";
            case APPROVED, RECEIVED -> "success";
            case CANCELLED -> "error";
        });
    }
}
