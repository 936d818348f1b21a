package dev.focal.procurement;

/**
 * Where a purchase order is in its workflow: DRAFT -> SUBMITTED (waits for approval) -> APPROVED -> SENT ->
 * PARTIALLY_RECEIVED -> RECEIVED -> CLOSED; a draft whose total is within the approval threshold goes from
 * DRAFT straight to APPROVED; CANCELLED until anything was received. A rejected PO goes back to DRAFT.
 */
public enum PurchaseOrderStatus {
    DRAFT("Draft"),
    SUBMITTED("Awaiting approval"),
    APPROVED("Approved"),
    SENT("Sent"),
    PARTIALLY_RECEIVED("Partially received"),
    RECEIVED("Received"),
    CLOSED("Closed"),
    CANCELLED("Cancelled");

    private final String label;

    PurchaseOrderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Sent to the supplier and not complete: goods may arrive against it. */
    public boolean receivable() {
        return this == SENT || this == PARTIALLY_RECEIVED;
    }

    /** Counts as supply on its way (approved, sent or partly received). */
    public boolean open() {
        return this == APPROVED || this == SENT || this == PARTIALLY_RECEIVED;
    }

    /** Nothing more happens to it. */
    public boolean finished() {
        return this == CLOSED || this == CANCELLED;
    }
}
