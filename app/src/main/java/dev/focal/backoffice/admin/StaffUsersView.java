package dev.focal.backoffice.admin;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.shared.Roles;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import dev.focal.backoffice.ui.Toolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.identity.ApiTokens;
import dev.focal.identity.Role;
import dev.focal.identity.StaffSecondFactor;
import dev.focal.identity.StaffUserFilter;
import dev.focal.identity.StaffUserService;
import dev.focal.identity.StaffUserSummary;
import java.util.stream.Collectors;

/** Admins list, find, add and edit staff users: roles, enabled, password and authenticator reset; the API token
 * lifetime limit. */
@Route(value = "staff-users", layout = MainLayout.class)
@PageTitle("Staff users")
@Menu(title = "Staff users", order = 1, icon = "vaadin:users")
@MenuArea(Area.ADMIN)
@AllowedFor(Roles.ADMINS_ONLY)
class StaffUsersView extends VerticalLayout {

    final Grid<StaffUserSummary> grid = new Grid<>();
    final TextField search = new TextField();
    final ComboBox<Role> roleFilter = new ComboBox<>();
    final Checkbox showDisabled = new Checkbox("Show disabled users", true);
    final Button add = new Button("Add staff user", VaadinIcon.PLUS.create());
    final Button tokenLifetime = new Button("API token lifetime", VaadinIcon.KEY.create());
    private final StaffUserService staff;
    private StaffUserFilter filter = StaffUserFilter.all();

    StaffUsersView(StaffUserService staff, ApiTokens tokens, StaffSecondFactor secondFactor) {
        this.staff = staff;
        search.setPlaceholder("Search username or name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        roleFilter.setPlaceholder("Any role");
        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(Role::label);
        roleFilter.setClearButtonVisible(true);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(StaffUserSummary::username).setHeader("Username").setSortProperty("username").setAutoWidth(true);
        grid.addColumn(StaffUserSummary::displayName).setHeader("Name").setSortProperty("displayName").setFlexGrow(1);
        grid.addColumn(u -> u.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")))
                .setHeader("Roles").setFlexGrow(1);
        grid.addComponentColumn(StaffUsersView::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(u -> Formats.dateTime(u.lastSignInAt())).setHeader("Last sign-in")
                .setSortProperty("lastSignInAt").setAutoWidth(true);
        grid.setItemsPageable(pageable -> staff.find(filter, pageable).getContent(), pageable -> staff.count(filter));

        search.addValueChangeListener(e -> refresh());
        roleFilter.addValueChangeListener(e -> refresh());
        showDisabled.addValueChangeListener(e -> refresh());
        add.addClickListener(e -> StaffUserDialog.create(staff, this::refresh).open());
        tokenLifetime.addClickListener(e -> new ApiTokenLifetimeDialog(tokens).open());
        grid.addItemClickListener(e -> StaffUserDialog.edit(staff, secondFactor, staff.get(e.getItem().id()),
                this::refresh).open());

        var toolbar = Toolbar.of(search, roleFilter, showDisabled, add, tokenLifetime);
        setSizeFull();
        add(toolbar, grid);
    }

    void refresh() {
        filter = new StaffUserFilter(search.getValue(), roleFilter.getValue(), showDisabled.getValue());
        grid.getDataProvider().refreshAll();
    }

    private static Span status(StaffUserSummary user) {
        var badge = new Span(!user.enabled() ? "Disabled" : user.locked() ? "Locked" : "Active");
        badge.getElement().getThemeList().add("badge " + (!user.enabled() ? "contrast" : user.locked() ? "error" : "success"));
        return badge;
    }
}
