package dev.focal.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import java.util.HashSet;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.focal.identity.Role;
import dev.focal.identity.StaffPrincipal;
import dev.focal.identity.StaffUserId;
import dev.focal.platform.SecondFactorAuthorization;
import dev.focal.platform.StaffUserDetails;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import dev.focal.shared.Ids;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Backoffice views rendered server-side by Karibu-Testing inside the real Spring context. */
public abstract class KaribuTest {

    /**
     * Every backoffice route and error view, found by scanning as Spring does at start (Karibu's own discovery
     * skips package-private classes, and views are package-private in their slices).
     */
    private static final Routes ROUTES = routes();

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Routes routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        var views = new HashSet<Class<? extends Component>>();
        var errors = new HashSet<Class<? extends HasErrorParameter<?>>>();
        for (var candidate : scanner.findCandidateComponents("dev.focal.backoffice")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), KaribuTest.class.getClassLoader());
            if (HasErrorParameter.class.isAssignableFrom(type)) {
                errors.add((Class) type);
            } else {
                views.add((Class) type);
            }
        }
        return new Routes(views, errors, true);
    }

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * Signs in as a staff member with these roles, as the security chain would after both sign-in steps (password
     * and, where the roles require it, the authenticator code), and reloads the UI.
     */
    protected void signInAs(String username, Role... roles) {
        signIn(staff(username, roles), true);
    }

    /** Signs in with this authentication, such as the password step of the real provider, and reloads the UI. */
    protected void signInWith(org.springframework.security.core.Authentication authentication) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        var roles = authentication.getAuthorities();
        request.setUserInRole((principal, role) -> roles.stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    protected static StaffUserDetails staff(String username, Role... roles) {
        return new StaffUserDetails(new StaffPrincipal(new StaffUserId(Ids.newId()), username, "Test " + username,
                Set.of(roles), 0));
    }

    private void signIn(StaffUserDetails user, boolean bothFactors) {
        var authorities = new java.util.ArrayList<org.springframework.security.core.GrantedAuthority>(
                user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        org.springframework.security.core.Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        signInWith(bothFactors ? SecondFactorAuthorization.withSecondFactor(authentication) : authentication);
    }

    /**
     * One row of a slice's role-by-screen table: every staff role in {@code roles} (names separated by spaces) opens
     * {@code route} and sees {@code view}; every other role gets the access-denied page. A view of {@code *} (detail
     * routes with made-up ids) accepts whatever the route shows, as long as it is not the access-denied page.
     */
    protected void assertOnlyTheseRolesOpen(String route, String view, String roles) {
        var allowed = Arrays.stream(roles.strip().split("\\s+")).map(Role::valueOf).collect(
                Collectors.toSet());
        for (Role role : Role.values()) {
            signInAs(role.name().toLowerCase() + "-" + route.replace('/', '-'), role);
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate(route);
            String shown = shownView();
            if (!allowed.contains(role)) {
                assertThat(shown).as("%s opening %s", role, route)
                        .isEqualTo("AccessDeniedView");
            } else if (view.equals("*")) {
                assertThat(shown).as("%s opening %s", role, route)
                        .isNotEqualTo("AccessDeniedView");
            } else {
                assertThat(shown).as("%s opening %s", role, route).isEqualTo(view);
            }
        }
    }

    /** The simple name of the view the UI shows now (the access-denied page when the route was refused). */
    protected static String shownView() {
        return ClassUtils.getUserClass(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).getSimpleName();
    }
}
