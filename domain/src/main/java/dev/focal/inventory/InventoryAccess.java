package dev.focal.inventory;

import dev.focal.shared.Roles;

/**
 * Who may use inventory, one rule per audience, as Spring Security expressions for {@code @PreAuthorize}, the
 * backoffice views ({@code @AllowedFor}) and the API slices (ADR 0014).
 */
public final class InventoryAccess {

    /** Every staff member reads stock, availability, locations and transfers. */
    public static final String STAFF = Roles.ANY_STAFF;

    /** Warehouse staff and admins keep the stock: put away, count, move, label and keep the bins. */
    public static final String STOCK_KEEPERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.WAREHOUSE + "')";

    /** Warehouse staff, buyers and admins receive goods and post stock movements. */
    public static final String RECEIVERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.WAREHOUSE + "','"
            + Roles.BUYER + "')";

    /** Buyers and admins set reorder policies. */
    public static final String PLANNERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.BUYER + "')";

    /** Buyers, warehouse staff and admins open the reorder policies screen (warehouse staff read only). */
    public static final String PLANNING_READERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.BUYER + "','"
            + Roles.WAREHOUSE + "')";

    /** Administrators set up locations and run the ledger check. */
    public static final String ADMINS = Roles.ADMINS_ONLY;

    private InventoryAccess() {
    }
}
