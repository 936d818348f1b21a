package dev.focal.shared;

/**
 * The role names, written once. Staff hold one or more of {@code ADMIN}, {@code ASSOCIATE}, {@code OPTICIAN},
 * {@code WAREHOUSE} and {@code BUYER} (the identity context's {@code Role} enum, kept equal by a test); a
 * signed-in shop customer holds {@code CUSTOMER}. Spring Security's authority is {@code ROLE_} + the name.
 *
 * <p>Who may do what is not decided here: each context names its audiences as rules built from these names
 * ({@code InventoryAccess.STOCK_KEEPERS}, {@code CustomersAccess.RX_VERIFIERS}, ...), and services, views and
 * API slices all use those rules (ADR 0014). The two audiences below are the ones every context shares.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String ASSOCIATE = "ASSOCIATE";
    public static final String OPTICIAN = "OPTICIAN";
    public static final String WAREHOUSE = "WAREHOUSE";
    public static final String BUYER = "BUYER";
    public static final String CUSTOMER = "CUSTOMER";

    /** Rule: administrators only (staff users, audit trail, jobs, message log, and every context's set-up). */
    public static final String ADMINS_ONLY = "hasRole('" + ADMIN + "')";

    /** Rule: any signed-in staff member, whatever their roles. */
    public static final String ANY_STAFF = "hasAnyRole('" + ADMIN + "','" + ASSOCIATE + "','" + OPTICIAN + "','"
            + WAREHOUSE + "','" + BUYER + "')";

    private Roles() {
    }
}
