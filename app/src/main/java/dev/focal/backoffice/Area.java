package dev.focal.backoffice;

/** The groups of the side navigation, in the order they appear. */
enum Area {
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

    String label() {
        return label;
    }
}
