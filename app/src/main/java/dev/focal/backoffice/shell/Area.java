package dev.focal.backoffice.shell;

/** The groups of the side navigation, in the order they appear. A view joins one with {@link MenuArea}. */
public enum Area {
    SALES("Sales"),
    CUSTOMERS("Customers"),
    CATALOG("Catalog"),
    PRICING("Pricing"),
    INVENTORY("Inventory"),
    PURCHASING("Purchasing"),
    LAB("Lab"),
    WAREHOUSE("Warehouse"),
    ADMIN("Admin");

    private final String label;

    Area(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
