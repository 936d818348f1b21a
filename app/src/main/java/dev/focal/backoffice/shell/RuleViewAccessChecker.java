package dev.focal.backoffice.shell;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.backoffice.ui.StaffAccess;

import com.vaadin.flow.router.RouteBaseData;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Guards navigation with the views' {@link AllowedFor} rules (ADR 0014); views without one (the login page, home,
 * my account, access denied) keep Vaadin's annotation check ({@code @PermitAll}, {@code @AnonymousAllowed}).
 * A ruled view is open only to a signed-in caller who passes its rule and may open each of its parent layouts.
 */
final class RuleViewAccessChecker implements NavigationAccessChecker {

    private final AnnotatedViewAccessChecker annotations = new AnnotatedViewAccessChecker();

    @Override
    public AccessCheckResult check(NavigationContext context) {
        Class<?> target = context.getNavigationTarget();
        var rule = target.getAnnotation(AllowedFor.class);
        if (rule == null) {
            return annotations.check(context);
        }
        if (!(context.getPrincipal() instanceof Authentication caller) || !caller.isAuthenticated()
                || caller instanceof AnonymousAuthenticationToken) {
            return context.deny("Sign in to open " + target.getSimpleName() + ".");
        }
        List<Class<?>> opened = new java.util.ArrayList<>(parentLayouts(context, target));
        opened.add(target);
        for (Class<?> view : opened) {
            if (!StaffAccess.canOpen(view, caller)) {
                return context.deny("Access to " + view.getSimpleName() + " is denied by its rule.");
            }
        }
        return context.allow();
    }

    private static List<? extends Class<?>> parentLayouts(NavigationContext context, Class<?> target) {
        return context.getRouter().getRegistry().getRegisteredRoutes().stream()
                .filter(route -> route.getNavigationTarget().equals(target))
                .map(RouteBaseData::getParentLayouts).findFirst().orElse(List.of());
    }
}
