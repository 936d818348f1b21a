package dev.focal.customers;

import dev.focal.shared.Roles;

/**
 * Who may see customers and prescriptions, one rule per audience, as Spring Security expressions for
 * {@code @PreAuthorize}, the backoffice views ({@code @AllowedFor}) and the API slices (ADR 0014).
 */
public final class CustomersAccess {

    /** Opticians, associates and admins find customers and enter their prescriptions at the desk. */
    public static final String RX_DESK = "hasAnyRole('" + Roles.OPTICIAN + "','" + Roles.ASSOCIATE + "','"
            + Roles.ADMIN + "')";

    /** Opticians and admins verify a prescription. */
    public static final String RX_VERIFIERS = "hasAnyRole('" + Roles.OPTICIAN + "','" + Roles.ADMIN + "')";

    /** The signed-in shop customer, for their own account and prescriptions. */
    public static final String CUSTOMER = "hasRole('" + Roles.CUSTOMER + "')";

    private CustomersAccess() {
    }
}
