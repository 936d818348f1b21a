package dev.focal.pricing;

import dev.focal.shared.Roles;

/**
 * Who may use pricing, one rule per audience, as Spring Security expressions for {@code @PreAuthorize}, the
 * backoffice views ({@code @AllowedFor}) and the API slices (ADR 0014).
 */
public final class PricingAccess {

    /** Buyers, associates and admins read price lists, promotions, coupons, surcharges and tax rates. */
    public static final String READERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.BUYER + "','"
            + Roles.ASSOCIATE + "')";

    /** Administrators change prices and pricing rules. */
    public static final String EDITORS = Roles.ADMINS_ONLY;

    private PricingAccess() {
    }
}
