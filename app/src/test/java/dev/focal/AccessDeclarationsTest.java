package dev.focal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.focal.backoffice.ui.AllowedFor;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every door states who may pass (ARCHITECTURE.md, Security): each backoffice route declares its access, each API
 * endpoint is named by some slice's rule (not only by the final deny-all), and each public method of a public
 * domain service carries {@code @PreAuthorize}. Who exactly may pass is the slices' own tables.
 */
@IntegrationTest
class AccessDeclarationsTest {

    /**
     * Public methods that need no {@code @PreAuthorize}, with the reason. Event listeners and jobs have no user
     * (STYLE.md 4) and are found by their annotations; these are the rest.
     */
    static final Set<String> EXEMPT = Set.of(
            // For the e-mail listeners and the delivery job (no user; ADR 0019): a customer's address, a sent PO's
            // mailing, the reset token minted at sending. SystemOnlyServicesTest keeps the UIs away from them.
            "CustomerContacts.of", "PurchaseOrderMailings.forSupplier", "PasswordResetLinks.issue");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;
    @Autowired
    FilterChainProxy security;

    @Test
    void every_backoffice_route_declares_who_may_open_it() {
        var undeclared = new ArrayList<String>();
        for (Class<?> view : annotated("dev.focal.backoffice", Route.class)) {
            if (!view.isAnnotationPresent(AllowedFor.class) && !view.isAnnotationPresent(PermitAll.class)
                    && !view.isAnnotationPresent(RolesAllowed.class) && !view.isAnnotationPresent(AnonymousAllowed.class)) {
                undeclared.add(view.getName());
            }
        }
        assertThat(undeclared).isEmpty();
    }

    @Test
    void every_api_endpoint_is_named_by_some_slice_rule_not_only_the_final_deny_all() {
        var caller = new TestingAuthenticationToken("everyone", null,
                "ROLE_ADMIN", "ROLE_ASSOCIATE", "ROLE_OPTICIAN", "ROLE_WAREHOUSE", "ROLE_BUYER", "ROLE_CUSTOMER");
        var deniedToEveryone = new ArrayList<String>();
        var checked = 0;
        for (var handler : handlers.getHandlerMethods().entrySet()) {
            if (!handler.getValue().getBeanType().getPackageName().startsWith("dev.focal.api")) {
                continue;
            }
            var mapping = handler.getKey();
            var methods = mapping.getMethodsCondition().getMethods();
            for (String pattern : mapping.getPatternValues()) {
                for (var method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String path = pattern.replaceAll("\\{[^}]+}", "x");
                    var request = new MockHttpServletRequest(method.name(), path);
                    request.setRequestURI(path);
                    var chain = security.getFilterChains().stream().filter(c -> c.matches(request)).findFirst().orElseThrow();
                    var authorization = chain.getFilters().stream().filter(AuthorizationFilter.class::isInstance)
                            .map(AuthorizationFilter.class::cast).findFirst().orElseThrow();
                    var result = authorization.getAuthorizationManager().authorize(() -> caller, request);
                    checked++;
                    if (result == null || !result.isGranted()) {
                        deniedToEveryone.add(method + " " + pattern);
                    }
                }
            }
        }
        assertThat(checked).as("API endpoints found").isGreaterThan(10);
        assertThat(deniedToEveryone).isEmpty();
    }

    @Test
    void every_public_method_of_a_public_domain_service_states_who_may_call_it() {
        var unguarded = new ArrayList<String>();
        for (Class<?> type : annotated("dev.focal", Component.class)) {
            if (!Modifier.isPublic(type.getModifiers()) || !isDomain(type)
                    || AnnotatedElementUtils.hasAnnotation(type, PreAuthorize.class)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !Modifier.isStatic(method.getModifiers())
                        && !method.isAnnotationPresent(PreAuthorize.class) && !hasNoUser(method)
                        && !EXEMPT.contains(type.getSimpleName() + "." + method.getName())) {
                    unguarded.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(unguarded).isEmpty();
    }

    /** Event listeners and jobs run without a user; they call package-private code (STYLE.md 4). */
    private static boolean hasNoUser(Method method) {
        return method.isAnnotationPresent(ApplicationModuleListener.class)
                || AnnotatedElementUtils.hasAnnotation(method, EventListener.class)
                || method.isAnnotationPresent(Recurring.class) || method.isAnnotationPresent(Job.class);
    }

    /** The domain contexts: everything but the faces (backoffice, api, storefront) and the platform wiring. */
    private static boolean isDomain(Class<?> type) {
        String pkg = type.getPackageName();
        return List.of("dev.focal.backoffice", "dev.focal.api", "dev.focal.storefront", "dev.focal.platform")
                .stream().noneMatch(pkg::startsWith) && !pkg.equals("dev.focal");
    }

    private static List<Class<?>> annotated(String basePackage, Class<? extends java.lang.annotation.Annotation> annotation) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        return scanner.findCandidateComponents(basePackage).stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(),
                        AccessDeclarationsTest.class.getClassLoader()))
                .filter(type -> !type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes"))
                .<Class<?>>map(type -> type)
                .toList();
    }
}
