package dev.focal.inventory;

/** The kinds of stock movement in the ledger. */
public enum MovementKind {
    RECEIPT("Receipt"),
    PUTAWAY("Putaway"),
    ADJUSTMENT("Adjustment"),
    TRANSFER_OUT("Transfer out"),
    TRANSFER_IN("Transfer in"),
    RESERVATION("Reservation"),
    RELEASE("Release"),
    PICK("Pick"),
    RETURN("Return");

    private final String label;

    MovementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
