package dev.focal.backoffice.home;

import dev.focal.backoffice.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import dev.focal.IntegrationTest;
import dev.focal.identity.Role;
import dev.focal.shared.Ids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Open alerts for admins stand at the top of the start page until one of them dismisses them. */
@IntegrationTest
class HomeAlertsTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_admin_sees_an_open_alert_and_dismisses_it_others_do_not_see_it() {
        UUID id = Ids.newId();
        String title = "Stock ledger mismatch: test " + id;
        jdbc.sql("insert into staff_alert (id, role, title, body, dedup_key, created_at) values (?, 'ADMIN', ?, ?, ?, ?)")
                .params(id, title, "SKU X at WH1: on hand 1 vs movements 2", "test:" + id, Timestamp.from(Instant.now()))
                .update();

        signInAs("home-alert-warehouse", Role.WAREHOUSE);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(HomeView.class).alerts.getElement().getTextRecursively()).doesNotContain(title);

        signInAs("home-alert-admin", Role.ADMIN);
        UI.getCurrent().navigate("my-account");
        UI.getCurrent().navigate(HomeView.class);
        var home = _get(HomeView.class);
        assertThat(home.alerts.getElement().getTextRecursively()).contains(title).contains("on hand 1 vs movements 2");

        var box = home.alerts.getChildren().filter(c -> c.getElement().getTextRecursively().contains(title))
                .findFirst().orElseThrow();
        _click(_find(box, Button.class, spec -> spec.withText("Dismiss")).getFirst());

        assertThat(home.alerts.getElement().getTextRecursively()).doesNotContain(title);
        assertThat(jdbc.sql("select dismissed_by from staff_alert where id = ?").param(id).query(String.class).single())
                .isEqualTo("home-alert-admin");
    }
}
