package dev.focal.inventory;

/** What a stock location is. */
public enum LocationKind {
    WAREHOUSE("Warehouse"), STORE("Store"), LAB("Lab");

    private final String label;

    LocationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
