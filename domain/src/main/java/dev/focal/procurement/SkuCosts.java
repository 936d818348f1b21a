package dev.focal.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moving-average cost per SKU, kept up to date by every goods receipt: new average = (on hand before the
 * receipt x old average + good units received x their unit cost) / (on hand before + received), with on hand
 * over all locations. Stock with no known cost (opening stock) does not dilute it: the first receipt sets the
 * average to its unit cost. There is no currency conversion: a receipt in another currency than the SKU's
 * average starts the average afresh in that currency (see docs/adr/0010). Buyers and admins read it.
 */
@Service
@Transactional(readOnly = true)
public class SkuCosts {

    static final int SCALE = 4;

    private final JdbcClient jdbc;
    private final Clock clock;

    SkuCosts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize(ProcurementAccess.BUYERS)
    public Optional<SkuCost> of(String sku) {
        return current(normal(sku));
    }

    /** How the average came about, newest change first. */
    @PreAuthorize(ProcurementAccess.BUYERS)
    public List<SkuCostChange> history(String sku, int limit) {
        return jdbc.sql("select * from sku_cost_change where sku = ? order by id desc limit ?")
                .params(normal(sku), Math.max(1, Math.min(limit, 500)))
                .query((rs, n) -> new SkuCostChange(rs.getString("sku"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("receipt_number"), rs.getInt("on_hand_before"), rs.getBigDecimal("old_average"),
                        rs.getInt("received"), rs.getBigDecimal("unit_cost"), rs.getBigDecimal("new_average"),
                        rs.getString("currency")))
                .list();
    }

    Optional<SkuCost> current(String sku) {
        return jdbc.sql("select * from sku_cost where sku = ?").param(sku)
                .query((rs, n) -> new SkuCost(rs.getString("sku"), rs.getBigDecimal("average_cost"), rs.getString("currency"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** Serialises receipts of a SKU until the transaction ends, before they read the stock on hand. */
    void lockForReceipt(String sku) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext(?))) locked").param("sku_cost:" + sku)
                .query(Integer.class).single();
    }

    /** Books a receipt of good units into the average; the caller holds the PO lock and writes the stock. */
    SkuCostChange receive(String sku, int onHandBefore, int received, BigDecimal unitCost, String currency,
                          String receiptNumber) {
        // Two receipts of the same SKU on different POs may run at once: the row lock orders them.
        Optional<SkuCost> before = jdbc.sql("select * from sku_cost where sku = ? for update").param(sku)
                .query((rs, n) -> new SkuCost(rs.getString("sku"), rs.getBigDecimal("average_cost"),
                        rs.getString("currency"), rs.getTimestamp("updated_at").toInstant()))
                .optional();
        @Nullable BigDecimal old = before.filter(c -> c.currency().equals(currency)).map(SkuCost::averageCost).orElse(null);
        int base = Math.max(0, onHandBefore);
        BigDecimal average;
        if (old == null || base == 0) {
            average = unitCost.setScale(SCALE, RoundingMode.HALF_UP);
        } else {
            average = old.multiply(BigDecimal.valueOf(base)).add(unitCost.multiply(BigDecimal.valueOf(received)))
                    .divide(BigDecimal.valueOf(base + (long) received), SCALE, RoundingMode.HALF_UP);
        }
        Instant now = clock.instant();
        jdbc.sql("""
                insert into sku_cost (sku, average_cost, currency, updated_at) values (?, ?, ?, ?)
                on conflict (sku) do update set average_cost = excluded.average_cost, currency = excluded.currency,
                    updated_at = excluded.updated_at""")
                .params(sku, average, currency, Timestamp.from(now)).update();
        jdbc.sql("""
                insert into sku_cost_change (sku, occurred_at, receipt_number, on_hand_before, old_average, received,
                    unit_cost, new_average, currency) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sku, Timestamp.from(now), receiptNumber, base, old, received, unitCost, average, currency).update();
        return new SkuCostChange(sku, now, receiptNumber, base, old, received, unitCost, average, currency);
    }

    private static String normal(@Nullable String sku) {
        return sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
    }
}
