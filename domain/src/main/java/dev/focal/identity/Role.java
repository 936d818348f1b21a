package dev.focal.identity;

/**
 * What a staff member may do. A user may hold several roles. The Spring Security authority is
 * {@code ROLE_} + the name. The names are also constants in {@link dev.focal.shared.Roles}, which the access rules
 * are built from; a test keeps the two equal.
 */
public enum Role {
    ADMIN("Administrator", "Staff users, audit trail, jobs, messages and every other screen"),
    ASSOCIATE("Store associate", "Sales, customers and orders at the counter"),
    OPTICIAN("Optician", "Prescriptions, lens choice and the lab"),
    WAREHOUSE("Warehouse", "Receiving, stock, picking, packing and shipping"),
    BUYER("Buyer", "Suppliers, purchase orders and reordering");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
