package dev.focal.procurement;

/** A reorder proposal waits for a buyer (OPEN), became draft POs (ACCEPTED), or is put off to a date (SNOOZED). */
public enum ReorderProposalStatus {
    OPEN("Open"), ACCEPTED("Accepted"), SNOOZED("Snoozed");

    private final String label;

    ReorderProposalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
