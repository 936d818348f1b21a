package dev.focal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.ArrayList;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The migrations build the whole schema on an empty PostgreSQL, and running them again changes nothing. */
class MigrationsTest {

    @Test
    void migrations_apply_on_an_empty_database() throws Exception {
        String url = TestDatabase.createEmptyDatabase();
        Flyway flyway = Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load();

        var result = flyway.migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);
        assertThat(flyway.migrate().migrationsExecuted).isZero();
        var tables = new ArrayList<String>();
        try (var connection = DriverManager.getConnection(url, "postgres", "");
             var rows = connection.createStatement().executeQuery(
                     "select table_name from information_schema.tables where table_schema = 'public'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        assertThat(tables).contains("staff_user", "staff_user_role", "customer", "customer_password_reset",
                "audit_entry", "notification_message", "event_publication", "persistent_logins", "price_list",
                "price_list_item", "price_list_lens", "price_list_coating", "tax_rate");
    }
}
