package dev.focal.backoffice.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.IntegrationTest;
import dev.focal.backoffice.KaribuTest;
import dev.focal.identity.Role;
import dev.focal.identity.SecondFactorFixtures;
import dev.focal.identity.StaffSecondFactor;
import dev.focal.identity.StaffUserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An admin resets a member's authenticator after a lost phone, from the staff user's dialog (ADR 0018). */
@IntegrationTest
class AuthenticatorResetTest extends KaribuTest {

    @Autowired
    StaffUserService staff;
    @Autowired
    StaffSecondFactor secondFactor;
    @Autowired
    JdbcClient jdbc;

    private void openDialogOf(String username) {
        UI.getCurrent().navigate(StaffUsersView.class);
        _get(TextField.class, spec -> spec.withPlaceholder("Search username or name")).setValue(username);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class);
        GridKt._clickItem(grid, 0);
        assertThat(_get(StaffUserDialog.class).getHeaderTitle()).isEqualTo("Staff user " + username);
    }

    private boolean enrolled(String username) {
        return jdbc.sql("select count(*) from staff_second_factor f join staff_user u on u.id = f.staff_user_id "
                + "where u.username = ? and f.secret is not null").param(username).query(Long.class).single() > 0;
    }

    @Test
    void an_admin_resets_a_members_authenticator_after_confirming_and_it_is_audited() {
        String optician = SecondFactorFixtures.newStaff(staff, Role.OPTICIAN);
        SecondFactorFixtures.enrol(secondFactor, optician);
        assertThat(enrolled(optician)).isTrue();
        signInAs("reset-admin", Role.ADMIN);
        openDialogOf(optician);

        _click(_get(Button.class, spec -> spec.withText("Reset authenticator")));
        assertThat(enrolled(optician)).as("nothing happens before the confirmation").isTrue();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(enrolled(optician)).isFalse();
        assertThat(_find(StaffUserDialog.class)).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'reset-admin' "
                + "and action = 'SECOND_FACTOR_REMOVED' and details like ?").param("%" + optician + "%")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_member_without_an_authenticator_shows_no_reset_button() {
        String buyer = SecondFactorFixtures.newStaff(staff, Role.BUYER);
        signInAs("reset-admin", Role.ADMIN);
        openDialogOf(buyer);

        assertThat(_find(Button.class, spec -> spec.withText("Reset authenticator"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Reset password"))).hasSize(1);
    }
}
