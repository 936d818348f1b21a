package dev.focal.backoffice.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may open a backoffice view: one of the contexts' named access rules, the same Spring Security expression
 * its services carry in {@code @PreAuthorize} ({@code @AllowedFor(InventoryAccess.STOCK_KEEPERS)}). Vaadin's
 * {@code @RolesAllowed} takes role names only, so it would repeat each rule; navigation, the menu and the views'
 * own visibility checks all evaluate this one through {@link StaffAccess} (ADR 0014). Views open to every signed-in
 * staff member keep {@code @PermitAll}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AllowedFor {

    /** The rule, a Spring Security expression such as {@code hasAnyRole('ADMIN','WAREHOUSE')}. */
    String value();
}
