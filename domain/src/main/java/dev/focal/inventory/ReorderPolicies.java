package dev.focal.inventory;

import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.InventoryExceptions.StockRecordChanged;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reorder policies per SKU x location. Buyers and admins set them; every staff member reads them. */
@Service
@Transactional(readOnly = true)
public class ReorderPolicies {


    private final JdbcClient jdbc;
    private final Inventory inventory;

    ReorderPolicies(JdbcClient jdbc, Inventory inventory) {
        this.jdbc = jdbc;
        this.inventory = inventory;
    }

    @PreAuthorize(InventoryAccess.STAFF)
    public Optional<ReorderPolicy> find(String sku, String locationCode) {
        return jdbc.sql(SELECT + " where r.sku = ? and l.code = ?").params(Inventory.normalSku(sku), locationCode)
                .query(ReorderPolicies::policy).optional();
    }

    /** All policies, by location then SKU; of one location when given. */
    @PreAuthorize(InventoryAccess.STAFF)
    public List<ReorderPolicy> all(@Nullable String locationCode) {
        return jdbc.sql(SELECT + " where (cast(:location as varchar) is null or l.code = :location) order by l.position, r.sku")
                .param("location", locationCode).query(ReorderPolicies::policy).list();
    }

    /**
     * Creates or changes the policy of a SKU at a location. For a change, {@code version} is the version read
     * (null to create).
     *
     * @throws InvalidStockInput naming {@code safetyStock}, {@code reorderPoint}, {@code reorderQuantity} or
     *                           {@code maxQuantity}
     * @throws StockRecordChanged when someone saved it in between
     */
    @Transactional
    @PreAuthorize(InventoryAccess.PLANNERS)
    public ReorderPolicy save(String sku, String locationCode, int safetyStock, int reorderPoint,
                              @Nullable Integer reorderQuantity, @Nullable Integer maxQuantity, @Nullable Long version) {
        String code = inventory.sku(sku).sku();
        Location location = inventory.activeLocation(locationCode);
        if (safetyStock < 0 || safetyStock > Inventory.MAX_QUANTITY) {
            throw new InvalidStockInput("safetyStock", "Enter 0 or more.");
        }
        if (reorderPoint < safetyStock || reorderPoint > Inventory.MAX_QUANTITY) {
            throw new InvalidStockInput("reorderPoint", "The reorder point cannot be below the safety stock ("
                    + safetyStock + ").");
        }
        if ((reorderQuantity == null) == (maxQuantity == null)) {
            throw new InvalidStockInput("reorderQuantity", "Give either a reorder quantity or a maximum, not both.");
        }
        if (reorderQuantity != null && (reorderQuantity < 1 || reorderQuantity > Inventory.MAX_QUANTITY)) {
            throw new InvalidStockInput("reorderQuantity", "Order at least 1.");
        }
        if (maxQuantity != null && (maxQuantity <= reorderPoint || maxQuantity > Inventory.MAX_QUANTITY)) {
            throw new InvalidStockInput("maxQuantity", "The maximum must be above the reorder point (" + reorderPoint + ").");
        }
        int changed;
        if (version == null) {
            changed = jdbc.sql("""
                    insert into reorder_policy (sku, location_id, safety_stock, reorder_point, reorder_qty, max_qty)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(code, location.id(), safetyStock, reorderPoint, reorderQuantity, maxQuantity).update();
        } else {
            changed = jdbc.sql("""
                    update reorder_policy set safety_stock = ?, reorder_point = ?, reorder_qty = ?, max_qty = ?,
                        low_alerted = false, version = version + 1
                    where sku = ? and location_id = ? and version = ?""")
                    .params(safetyStock, reorderPoint, reorderQuantity, maxQuantity, code, location.id(), version)
                    .update();
        }
        if (changed == 0) {
            throw new StockRecordChanged("The reorder policy of " + code + " at " + location.code());
        }
        return find(code, location.code()).orElseThrow();
    }

    @Transactional
    @PreAuthorize(InventoryAccess.PLANNERS)
    public boolean remove(String sku, String locationCode) {
        return jdbc.sql("""
                delete from reorder_policy r using stock_location l
                where l.id = r.location_id and r.sku = ? and l.code = ?""")
                .params(Inventory.normalSku(sku), locationCode).update() > 0;
    }

    private static final String SELECT = """
            select r.*, l.code from reorder_policy r join stock_location l on l.id = r.location_id""";

    private static ReorderPolicy policy(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ReorderPolicy(rs.getString("sku"), rs.getString("code"), rs.getInt("safety_stock"),
                rs.getInt("reorder_point"), (Integer) rs.getObject("reorder_qty"), (Integer) rs.getObject("max_qty"),
                rs.getLong("version"));
    }
}
