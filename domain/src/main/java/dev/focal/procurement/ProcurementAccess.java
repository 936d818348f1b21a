package dev.focal.procurement;

import dev.focal.shared.Roles;

/**
 * Who may use procurement, one rule per audience, as Spring Security expressions for {@code @PreAuthorize}, the
 * backoffice views ({@code @AllowedFor}) and the API slices (ADR 0014).
 */
public final class ProcurementAccess {

    /** Every staff member reads suppliers. */
    public static final String STAFF = Roles.ANY_STAFF;

    /** Buyers and admins keep suppliers, order, plan reorders and watch supplier performance. */
    public static final String BUYERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.BUYER + "')";

    /** Buyers, warehouse staff and admins read purchase orders (the warehouse receives against them). */
    public static final String PO_READERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.BUYER + "','"
            + Roles.WAREHOUSE + "')";

    /** Warehouse staff, buyers and admins receive goods against purchase orders. */
    public static final String RECEIVERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.WAREHOUSE + "','"
            + Roles.BUYER + "')";

    private ProcurementAccess() {
    }
}
