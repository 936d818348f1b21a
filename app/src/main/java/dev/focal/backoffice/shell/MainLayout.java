package dev.focal.backoffice.shell;

import dev.focal.backoffice.ui.StaffAccess;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;

/** The backoffice frame: side navigation by area (only what the user may open), title bar, user menu. */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The route of the signed-in user's own page (admin slice), reached from the user menu. */
    private static final String MY_ACCOUNT = "my-account";
    /** The route of the start page (home slice): where sign-in and "access denied" lead. */
    static final String START = "";

    private final H1 viewTitle = new H1();
    private final AuthenticationContext authentication;

    MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("view-title");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        addToNavbar(true, toggle, viewTitle);

        var brand = new Header(new Span("Focal"));
        brand.addClassName("brand");
        var nav = new Scroller(navigation());
        addToDrawer(brand, nav, userMenu());
    }

    /** One unlabelled nav for the entries without an area, then a labelled nav per area with visible entries. */
    static Div navigation() {
        var top = new SideNav();
        var groups = new EnumMap<Area, SideNav>(Area.class);
        for (var entry : BackofficeMenu.visible()) {
            var path = RouteConfiguration.forSessionScope().getUrl(entry.view());
            var icon = entry.createIcon();
            var item = icon == null ? new SideNavItem(entry.title(), path) : new SideNavItem(entry.title(), path, icon);
            if (entry.area() == null) {
                top.addItem(item);
            } else {
                groups.computeIfAbsent(entry.area(), area -> {
                    var group = new SideNav(area.label());
                    group.setCollapsible(true);
                    group.addClassName("nav-group");
                    return group;
                }).addItem(item);
            }
        }
        var navigation = new Div(top);
        navigation.addClassName("main-nav");
        groups.values().forEach(navigation::add);
        return navigation;
    }

    private Footer userMenu() {
        var footer = new Footer();
        footer.addClassName("user-menu");
        StaffAccess.currentUser().ifPresent(user -> {
            var avatar = new Avatar(user.displayName());
            var menu = new MenuBar();
            menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
            var root = menu.addItem(avatar);
            root.add(new Span(user.displayName()));
            var sub = root.getSubMenu();
            sub.addItem("My account", e -> getUI().ifPresent(ui -> ui.navigate(MY_ACCOUNT)));
            sub.addItem("Sign out", e -> authentication.logout());
            footer.add(menu);
        });
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() == null ? "" : titleOf(getContent().getClass()));
    }

    private static String titleOf(Class<?> view) {
        var title = view.getAnnotation(com.vaadin.flow.router.PageTitle.class);
        return title == null ? "" : title.value();
    }
}
