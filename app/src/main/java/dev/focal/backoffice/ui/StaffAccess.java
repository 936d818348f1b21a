package dev.focal.backoffice.ui;

import dev.focal.platform.StaffUserDetails;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Answers "may the signed-in staff member open this view?" from the same access annotations
 * ({@code @RolesAllowed}, {@code @PermitAll}) that guard navigation, so the menu never offers a door that
 * would then be closed.
 */
public final class StaffAccess {

    private static final AccessAnnotationChecker CHECKER = new AccessAnnotationChecker();

    private StaffAccess() {
    }

    public static boolean canOpen(Class<?> view) {
        return authentication()
                .map(auth -> CHECKER.hasAccess(view, auth, role -> hasRole(auth, role)))
                .orElse(false);
    }

    public static Optional<StaffUserDetails> currentUser() {
        return authentication().map(Authentication::getPrincipal)
                .filter(StaffUserDetails.class::isInstance).map(StaffUserDetails.class::cast);
    }

    public static boolean hasRole(String role) {
        return authentication().map(auth -> hasRole(auth, role)).orElse(false);
    }

    private static boolean hasRole(Authentication auth, String role) {
        String authority = "ROLE_" + role;
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }

    private static Optional<Authentication> authentication() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated)
                .filter(auth -> !(auth instanceof AnonymousAuthenticationToken));
    }
}
