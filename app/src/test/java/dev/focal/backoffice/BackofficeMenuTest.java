package dev.focal.backoffice;

import dev.focal.backoffice.ui.StatCard;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dev.focal.IntegrationTest;
import dev.focal.identity.Role;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The side menu per role: it shows exactly the screens each role may open, in their areas. Who may open each screen is the
 * slices' role-by-screen tables ({@code InventoryAccessTest}, ...); that every route declares its access at all is
 * {@code AccessDeclarationsTest}.
 */
@IntegrationTest
class BackofficeMenuTest extends KaribuTest {

    /** Every view that declares a menu entry, found by scanning (a new screen needs no edit here). */
    static final List<Class<?>> MENU_VIEWS = menuViews();

    static List<Class<?>> menuViews() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        return scanner.findCandidateComponents("dev.focal.backoffice").stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(),
                        BackofficeMenuTest.class.getClassLoader()))
                .<Class<?>>map(type -> type).toList();
    }

    /**
     * The menu offers exactly the doors that open: an entry shows for a role if and only if navigating to its
     * route as that role opens the screen (through the real navigation access control, not the menu's own
     * check), and the groups are the areas of the shown entries, in the areas' order. Who may open which screen
     * is pinned by the slices' role-by-screen tables.
     */
    @ParameterizedTest
    @EnumSource(Role.class)
    void each_role_sees_exactly_the_entries_it_may_open_grouped_by_area(Role role) {
        var expected = new ArrayList<String>();
        var areas = new TreeSet<Area>();
        signInAs(role.name().toLowerCase() + "-menu", role);
        for (Class<?> view : MENU_VIEWS) {
            @SuppressWarnings("unchecked")
            String route = RouteConfiguration.forApplicationScope()
                    .getUrl((Class<? extends com.vaadin.flow.component.Component>) view);
            UI.getCurrent().navigate(route);
            // the door opened (a screen that then fails on this made-up user's missing data still opened)
            if (!shownView().equals("AccessDeniedView")) {
                expected.add(view.getAnnotation(Menu.class).title());
                var area = view.getAnnotation(MenuArea.class);
                if (area != null) {
                    areas.add(area.value());
                }
            }
        }
        UI.getCurrent().navigate("");

        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(_find(SideNav.class).stream().map(SideNav::getLabel).filter(label -> label != null).toList())
                .isEqualTo(areas.stream().map(Area::label).toList());
    }

    @Test
    void admins_see_every_entry_and_every_role_sees_home_and_its_own_account() {
        signInAs("admin-menu", Role.ADMIN);
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).hasSize(MENU_VIEWS.size());
        for (Role role : Role.values()) {
            signInAs(role.name().toLowerCase() + "-top", role);
            UI.getCurrent().navigate("");
            assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList())
                    .contains("Home", "My account");
        }
    }

    @Test
    void a_user_with_several_roles_sees_the_union() {
        signInAs("multi", Role.WAREHOUSE, Role.ADMIN);
        UI.getCurrent().navigate("");

        assertThat(_find(SideNavItem.class)).hasSize(MENU_VIEWS.size());
    }

    @Test
    void the_start_page_shows_the_role_and_for_admins_the_job_health() {
        signInAs("home-admin", Role.ADMIN);
        UI.getCurrent().navigate("");
        assertThat(_find(StatCard.class)).hasSizeGreaterThan(1);

        signInAs("home-optician", Role.OPTICIAN);
        UI.getCurrent().navigate("my-account");
        UI.getCurrent().navigate("");
        assertThat(_find(StatCard.class)).as("only the prescriptions awaiting verification").hasSize(1);

        signInAs("home-associate", Role.ASSOCIATE);
        UI.getCurrent().navigate("my-account");
        UI.getCurrent().navigate("");
        assertThat(_find(StatCard.class)).isEmpty();
    }
}
