package dev.focal.procurement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of moving-average costs (ADR 0013), tables {@code sku_cost} and {@code sku_cost_change}, and the lock
 * that serialises receipts of one SKU. No rules here: {@link SkuCosts} computes; this reads and writes.
 */
@Component
class SkuCostStore {

    private final JdbcClient jdbc;

    SkuCostStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How the average came about, newest change first, at most {@code limit} changes. */
    List<SkuCostChange> history(String sku, int limit) {
        return jdbc.sql("select * from sku_cost_change where sku = ? order by id desc limit ?")
                .params(sku, limit)
                .query((rs, n) -> new SkuCostChange(rs.getString("sku"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("receipt_number"), rs.getInt("on_hand_before"), rs.getBigDecimal("old_average"),
                        rs.getInt("received"), rs.getBigDecimal("unit_cost"), rs.getBigDecimal("new_average"),
                        rs.getString("currency")))
                .list();
    }

    Optional<SkuCost> find(String sku) {
        return jdbc.sql("select * from sku_cost where sku = ?").param(sku).query(SkuCostStore::cost).optional();
    }

    /** The SKU's cost row, locked until the transaction ends. */
    Optional<SkuCost> lock(String sku) {
        return jdbc.sql("select * from sku_cost where sku = ? for update").param(sku).query(SkuCostStore::cost)
                .optional();
    }

    /** Takes a transaction-scoped advisory lock on the SKU's receipts; waits while another transaction holds it. */
    void lockReceipts(String sku) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext(?))) locked").param("sku_cost:" + sku)
                .query(Integer.class).single();
    }

    /** Writes the new average and its change. */
    void save(SkuCostChange change) {
        Timestamp at = Timestamp.from(change.at());
        jdbc.sql("""
                insert into sku_cost (sku, average_cost, currency, updated_at) values (?, ?, ?, ?)
                on conflict (sku) do update set average_cost = excluded.average_cost, currency = excluded.currency,
                    updated_at = excluded.updated_at""")
                .params(change.sku(), change.newAverage(), change.currency(), at).update();
        jdbc.sql("""
                insert into sku_cost_change (sku, occurred_at, receipt_number, on_hand_before, old_average, received,
                    unit_cost, new_average, currency) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(change.sku(), at, change.receiptNumber(), change.onHandBefore(), change.oldAverage(),
                        change.received(), change.unitCost(), change.newAverage(), change.currency())
                .update();
    }

    private static SkuCost cost(ResultSet rs, int row) throws SQLException {
        return new SkuCost(rs.getString("sku"), rs.getBigDecimal("average_cost"), rs.getString("currency"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
