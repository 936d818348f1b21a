package dev.focal.catalog;

import dev.focal.shared.Roles;

/**
 * Who may use the catalog, one rule per audience, as Spring Security expressions for {@code @PreAuthorize}, the
 * backoffice views ({@code @AllowedFor}) and the API slices (ADR 0014).
 */
public final class CatalogAccess {

    /** Every staff member reads products. */
    public static final String STAFF = Roles.ANY_STAFF;

    /** Administrators create, edit and import products and their media. */
    public static final String EDITORS = Roles.ADMINS_ONLY;

    /** Opticians, associates and admins advise on lenses: which lenses fit a prescription. */
    public static final String LENS_ADVISERS = "hasAnyRole('" + Roles.OPTICIAN + "','" + Roles.ASSOCIATE + "','"
            + Roles.ADMIN + "')";

    private CatalogAccess() {
    }
}
