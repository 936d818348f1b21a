package dev.focal.procurement;

/**
 * A line's receiving state: nothing received yet, part of it, all of it (or more, within tolerance), or closed
 * short (the PO was closed with a backorder remainder, or cancelled).
 */
public enum PurchaseOrderLineStatus {
    OPEN("Open"), PARTIAL("Partially received"), RECEIVED("Received"), CLOSED("Closed");

    private final String label;

    PurchaseOrderLineStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static PurchaseOrderLineStatus of(int ordered, int received, boolean closed) {
        if (received >= ordered) {
            return RECEIVED;
        }
        if (closed) {
            return CLOSED;
        }
        return received > 0 ? PARTIAL : OPEN;
    }
}
