package dev.focal.backoffice.ui;

import dev.focal.platform.StaffUserDetails;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Answers "may the signed-in staff member do this?" from the contexts' named access rules, the same Spring
 * Security expressions the services carry in {@code @PreAuthorize} (ADR 0014). Navigation, the menu and the views'
 * own checks (show the edit button?) all ask here, so the menu never offers a door that would then be closed and
 * a button never offers what the service would refuse.
 */
public final class StaffAccess {

    private static final AccessAnnotationChecker ANNOTATIONS = new AccessAnnotationChecker();
    private static final SpelExpressionParser PARSER = new SpelExpressionParser();
    private static final Map<String, Expression> PARSED = new ConcurrentHashMap<>();

    private StaffAccess() {
    }

    /** Whether the signed-in staff member passes the rule, such as {@code InventoryAccess.STOCK_KEEPERS}. */
    public static boolean allows(String rule) {
        return authentication().map(auth -> allows(rule, auth)).orElse(false);
    }

    /** Whether the signed-in staff member may open the view (its {@link AllowedFor} rule or access annotations). */
    public static boolean canOpen(Class<?> view) {
        return authentication().map(auth -> canOpen(view, auth)).orElse(false);
    }

    /** Whether this caller may open the view: its {@link AllowedFor} rule, else its Jakarta/Vaadin annotations. */
    public static boolean canOpen(Class<?> view, Authentication auth) {
        var allowedFor = view.getAnnotation(AllowedFor.class);
        if (allowedFor != null) {
            return allows(allowedFor.value(), auth);
        }
        return ANNOTATIONS.hasAccess(view, auth, role -> hasRole(auth, role));
    }

    public static Optional<StaffUserDetails> currentUser() {
        return authentication().map(Authentication::getPrincipal)
                .filter(StaffUserDetails.class::isInstance).map(StaffUserDetails.class::cast);
    }

    private static boolean allows(String rule, Authentication auth) {
        Supplier<Authentication> caller = () -> auth;
        var root = new SecurityExpressionRoot<Object>(caller) {
        };
        var expression = PARSED.computeIfAbsent(rule, PARSER::parseExpression);
        return Boolean.TRUE.equals(expression.getValue(new StandardEvaluationContext(root), Boolean.class));
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
