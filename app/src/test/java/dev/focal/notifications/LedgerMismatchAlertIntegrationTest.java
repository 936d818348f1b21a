package dev.focal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.focal.IntegrationTest;
import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditFilter;
import dev.focal.audit.AuditLog;
import dev.focal.catalog.Catalog;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.inventory.LedgerCheck;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.inventory.TestUsers;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A corrupted ledger (a movement inserted behind the ledger's back) is found by the ledger check, written to
 * the audit trail, raised as an alert for admins and e-mailed to the alert address.
 */
@IntegrationTest
@WithMockUser(username = "alert-admin", roles = "ADMIN")
class LedgerMismatchAlertIntegrationTest {

    @Autowired
    LedgerCheck ledgerCheck;
    @Autowired
    StaffAlerts alerts;
    @Autowired
    StaffAlertsListener listener;
    @Autowired
    AuditLog audit;
    @Autowired
    MessageLog messages;
    @Autowired
    Catalog catalog;
    @Autowired
    Locations locations;
    @Autowired
    JdbcClient jdbc;

    String sku;
    Location here;

    @BeforeEach
    void setUp() {
        sku = InventoryFixtures.newSku(catalog, "ALR");
        here = InventoryFixtures.newLocation(locations, "AL");
        ReflectionTestUtils.setField(listener, "alertEmail", "stock-alerts@focal.test");
    }

    @AfterEach
    void restore() {
        ReflectionTestUtils.setField(listener, "alertEmail", "");
    }

    @Test
    void a_movement_without_stock_is_audited_alerted_to_admins_and_emailed() {
        jdbc.sql("""
                insert into stock_movement (occurred_at, sku, location_id, kind, quantity, source_type, source_ref, actor)
                values (?, ?, ?, 'RECEIPT', 7, 'TEST', 'corruption', 'test')""")
                .params(Timestamp.from(Instant.now()), sku, here.id()).update();

        var problems = ledgerCheck.check();

        String expected = sku + " at " + here.code() + ": on hand 0 vs movements 7";
        assertThat(problems).anyMatch(p -> p.startsWith(expected));
        assertThat(audit.find(new AuditFilter(null, AuditAction.STOCK_LEDGER_MISMATCH, sku, null, null),
                PageRequest.of(0, 5)).getContent()).isNotEmpty();

        await().pollInSameThread().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(alerts.open())
                .anyMatch(a -> a.role().equals("ADMIN") && a.title().startsWith("Stock ledger mismatch")
                               && a.body().contains(expected)));
        var alert = alerts.open().stream().filter(a -> a.body().contains(expected)).findFirst().orElseThrow();
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                messages.find(new MessageFilter("stock-alerts@focal.test", null), PageRequest.of(0, 50)).getContent())
                .anyMatch(m -> m.bodyText().contains(expected) && m.subject().contains("Stock ledger mismatch")));

        TestUsers.as("alert-warehouse", "WAREHOUSE", () -> {
            assertThat(alerts.open()).noneMatch(a -> a.id().equals(alert.id()));
            assertThatThrownBy(() -> alerts.dismiss(alert.id())).isInstanceOf(StaffAlerts.AlertNotOpen.class);
        });
        alerts.dismiss(alert.id());
        assertThat(alerts.open()).noneMatch(a -> a.id().equals(alert.id()));
        assertThat(jdbc.sql("select dismissed_by from staff_alert where id = ?").param(alert.id())
                .query(String.class).single()).isEqualTo("alert-admin");

        // Put the ledger right again for the other tests: a compensating movement.
        jdbc.sql("""
                insert into stock_movement (occurred_at, sku, location_id, kind, quantity, reason, source_type,
                    source_ref, actor)
                values (?, ?, ?, 'ADJUSTMENT', -7, 'CORRECTION', 'TEST', 'repair', 'test')""")
                .params(Timestamp.from(Instant.now()), sku, here.id()).update();
        assertThat(ledgerCheck.check()).noneMatch(p -> p.startsWith(sku));
    }
}
