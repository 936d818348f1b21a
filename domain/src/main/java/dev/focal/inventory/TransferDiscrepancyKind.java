package dev.focal.inventory;

/** How a transfer line's arrival differed from its dispatch. */
public enum TransferDiscrepancyKind {
    SHORT("Short"), OVER("Over"), DAMAGED("Damaged");

    private final String label;

    TransferDiscrepancyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
