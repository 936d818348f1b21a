package dev.focal.inventory;

/** What a count sheet covers: a whole location, some of its bins, or some SKUs at it. */
public enum CountScope {
    LOCATION("Whole location"), BINS("Bins"), SKUS("SKUs");

    private final String label;

    CountScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
