package dev.focal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migrations build the whole schema on an empty PostgreSQL, running them again changes nothing, and data
 * written before a migration that moves it comes through.
 */
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

    @Test
    void v16_carries_the_inventory_counters_over_and_points_procurement_at_its_own_skus() throws Exception {
        String url = TestDatabase.createEmptyDatabase();
        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").target("15").load()
                .migrate();
        try (var connection = DriverManager.getConnection(url, "postgres", "");
             var statement = connection.createStatement()) {
            statement.execute("insert into stock_document_number (kind, year, last) values ('TR', 2031, 41), ('CC', 2031, 7)");
            statement.execute("insert into document_number (kind, year, last) values ('CC', 2031, 50)");
            // A SKU created after V15's back-fill and named by a supplier item, without its procurement_sku row.
            statement.execute("""
                    insert into product (id, kind, category, code, slug, name, brand, status, tax_class, created_at,
                        updated_at)
                    values ('00000000-0000-0000-0000-000000000016', 'ACCESSORY', 'ACCESSORIES', 'MIG-CLOTH', 'mig-cloth',
                        'Cloth', 'Migra', 'ACTIVE', 'STANDARD', now(), now())""");
            statement.execute("""
                    insert into catalog_sku (sku, product_id, status, position)
                    values ('MIG-CLOTH', '00000000-0000-0000-0000-000000000016', 'ACTIVE', 0)""");
            statement.execute("""
                    insert into supplier (id, code, name, email, address, currency, payment_terms,
                        default_lead_time_days, created_at, updated_at)
                    values ('00000000-0000-0000-0000-000000000017', 'MIG', 'Migra Supply', 'mig@supplier.example',
                        'Somewhere', 'EUR', '30 days net', 5, now(), now())""");
            statement.execute("""
                    insert into supplier_item (id, supplier_id, sku, supplier_sku, unit_cost)
                    values ('00000000-0000-0000-0000-000000000018', '00000000-0000-0000-0000-000000000017', 'MIG-CLOTH',
                        'M-1', 2.5)""");
        }

        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();

        try (var connection = DriverManager.getConnection(url, "postgres", "")) {
            assertThat(single(connection, "select last from document_number where kind = 'TR' and year = 2031"))
                    .isEqualTo("41");
            assertThat(single(connection, "select last from document_number where kind = 'CC' and year = 2031"))
                    .as("the higher counter wins").isEqualTo("50");
            assertThat(single(connection, "select to_regclass('stock_document_number') is null")).isEqualTo("t");
            assertThat(single(connection, "select description from procurement_sku where sku = 'MIG-CLOTH'"))
                    .isEqualTo("Migra Cloth");
            assertThat(single(connection, """
                    select count(*) from pg_constraint where contype = 'f' and confrelid = 'catalog_sku'::regclass"""))
                    .as("foreign keys on the catalog's SKUs").isEqualTo("0");
            connection.createStatement().execute("delete from catalog_sku where sku = 'MIG-CLOTH'");
            assertThat(single(connection, "select sku from supplier_item where supplier_sku = 'M-1'")).isEqualTo("MIG-CLOTH");
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (var rows = connection.createStatement().executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getString(1);
        }
    }
}
