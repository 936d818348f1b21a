package dev.focal.inventory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of reorder policies (ADR 0013), table {@code reorder_policy}. No rules here: {@link ReorderPolicies}
 * decides; this reads and writes.
 */
@Component
class ReorderPolicyStore {

    private static final String SELECT = """
            select r.*, l.code from reorder_policy r join stock_location l on l.id = r.location_id""";

    private final JdbcClient jdbc;

    ReorderPolicyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReorderPolicy> find(String sku, String locationCode) {
        return jdbc.sql(SELECT + " where r.sku = ? and l.code = ?").params(sku, locationCode)
                .query(ReorderPolicyStore::policy).optional();
    }

    /** All policies, by location then SKU; of one location when given. */
    List<ReorderPolicy> all(@Nullable String locationCode) {
        return jdbc.sql(SELECT + " where (cast(:location as varchar) is null or l.code = :location) order by l.position, r.sku")
                .param("location", locationCode).query(ReorderPolicyStore::policy).list();
    }

    /** Inserts a policy unless the SKU has one at the location; true when it was inserted. */
    boolean insert(String sku, UUID locationId, int safetyStock, int reorderPoint, @Nullable Integer reorderQuantity,
                   @Nullable Integer maxQuantity) {
        return jdbc.sql("""
                insert into reorder_policy (sku, location_id, safety_stock, reorder_point, reorder_qty, max_qty)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(sku, locationId, safetyStock, reorderPoint, reorderQuantity, maxQuantity).update() > 0;
    }

    /** Changes a policy (and clears its low-stock flag) if it still has {@code version}; false when it changed since. */
    boolean update(String sku, UUID locationId, long version, int safetyStock, int reorderPoint,
                   @Nullable Integer reorderQuantity, @Nullable Integer maxQuantity) {
        return jdbc.sql("""
                update reorder_policy set safety_stock = ?, reorder_point = ?, reorder_qty = ?, max_qty = ?,
                    low_alerted = false, version = version + 1
                where sku = ? and location_id = ? and version = ?""")
                .params(safetyStock, reorderPoint, reorderQuantity, maxQuantity, sku, locationId, version)
                .update() > 0;
    }

    boolean remove(String sku, String locationCode) {
        return jdbc.sql("""
                delete from reorder_policy r using stock_location l
                where l.id = r.location_id and r.sku = ? and l.code = ?""")
                .params(sku, locationCode).update() > 0;
    }

    private static ReorderPolicy policy(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ReorderPolicy(rs.getString("sku"), rs.getString("code"), rs.getInt("safety_stock"),
                rs.getInt("reorder_point"), (Integer) rs.getObject("reorder_qty"), (Integer) rs.getObject("max_qty"),
                rs.getLong("version"));
    }
}
