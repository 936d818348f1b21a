package dev.focal.inventory;

/** Where a count sheet is: being counted, waiting for a second person's review, approved or cancelled. */
public enum CountSheetStatus {
    COUNTING("Counting"), SUBMITTED("Waiting for review"), APPROVED("Approved"), CANCELLED("Cancelled");

    private final String label;

    CountSheetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
