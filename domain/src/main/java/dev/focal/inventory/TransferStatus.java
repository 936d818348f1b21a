package dev.focal.inventory;

/** Where a transfer is: requested, in transit, (partially) received, closed short or cancelled. */
public enum TransferStatus {
    REQUESTED("Requested"), DISPATCHED("In transit"), PARTIALLY_RECEIVED("Partially received"),
    RECEIVED("Received"), CLOSED("Closed short"), CANCELLED("Cancelled");

    private final String label;

    TransferStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Dispatched and not yet fully arrived: its outstanding units are in transit. */
    public boolean inTransit() {
        return this == DISPATCHED || this == PARTIALLY_RECEIVED;
    }
}
