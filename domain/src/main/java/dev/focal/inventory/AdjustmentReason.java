package dev.focal.inventory;

/** Why stock was adjusted. {@link #COUNT} is used by approved cycle count variances. */
public enum AdjustmentReason {
    BREAKAGE("Breakage"),
    DAMAGE("Damaged"),
    LOST("Lost"),
    FOUND("Found"),
    CORRECTION("Correction"),
    COUNT("Cycle count"),
    EXPIRED("Expired"),
    SAMPLE("Sample or display");

    private final String label;

    AdjustmentReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
