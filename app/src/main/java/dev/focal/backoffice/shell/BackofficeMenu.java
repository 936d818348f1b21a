package dev.focal.backoffice.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import dev.focal.backoffice.ui.StaffAccess;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The side navigation, collected from the views themselves: each view declares its entry with Vaadin's
 * {@link com.vaadin.flow.router.Menu} and its group with {@link MenuArea}, so adding a screen edits no shared
 * list. Vaadin's {@link MenuConfiguration} finds the server-side routes (no frontend build needed); we filter
 * again with the views' own access annotations, so the menu never offers a door that would then be closed.
 */
final class BackofficeMenu {

    record Entry(@Nullable Area area, String title, Class<? extends Component> view, @Nullable String icon, double order) {

        /** The entry's icon, written in the {@code @Menu} as {@code "vaadin:home"}. */
        @Nullable Icon createIcon() {
            if (icon == null || icon.isBlank()) {
                return null;
            }
            int colon = icon.indexOf(':');
            return colon < 0 ? new Icon(icon) : new Icon(icon.substring(0, colon), icon.substring(colon + 1));
        }
    }

    private static final Comparator<Entry> MENU_ORDER = Comparator
            .comparingInt((Entry entry) -> entry.area() == null ? -1 : entry.area().ordinal())
            .thenComparingDouble(Entry::order)
            .thenComparing(Entry::title);

    private BackofficeMenu() {
    }

    /** The entries the signed-in user may open, grouped by area in the areas' order, then by each view's order. */
    static List<Entry> visible() {
        return MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> entry.menuClass() != null)
                .filter(entry -> StaffAccess.canOpen(entry.menuClass()))
                .map(BackofficeMenu::entry)
                .sorted(MENU_ORDER)
                .toList();
    }

    private static Entry entry(MenuEntry menu) {
        var area = menu.menuClass().getAnnotation(MenuArea.class);
        return new Entry(area == null ? null : area.value(), menu.title(), menu.menuClass(), menu.icon(),
                menu.order() == null ? Double.MAX_VALUE : menu.order());
    }
}
