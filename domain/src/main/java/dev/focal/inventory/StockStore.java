package dev.focal.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL that reads stock (ADR 0013): figures per SKU and location, bins and lots, movements, the overview,
 * the SKU labels of a location and the ledger check's sums. No rules here: {@link Inventory},
 * {@link Availability}, {@link Labels} and {@link LedgerCheck} decide; this reads. Writes go through
 * {@link StockLedger}.
 */
@Component
class StockStore {

    /** One SKU and location whose stock row, movements, bins and active reservations do not add up. */
    record LedgerDifference(String sku, String locationCode, int onHand, int moved, int binned, int reserved,
                            int movedReserved, int active) {
    }

    private final JdbcClient jdbc;

    StockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A SKU's figures at every location that has or had it. */
    List<StockFigures> figuresOf(String sku) {
        return jdbc.sql("""
                select s.sku, l.code, l.name, l.kind, s.on_hand, s.reserved from stock_level s
                join stock_location l on l.id = s.location_id where s.sku = ? order by l.position, l.code""")
                .param(sku).query(StockStore::figures).list();
    }

    /** A SKU's figures at active locations; at one location when {@code locationCode} is given. */
    List<StockFigures> activeFiguresOf(String sku, @Nullable String locationCode) {
        return jdbc.sql("""
                select s.sku, l.code, l.name, l.kind, s.on_hand, s.reserved from stock_level s
                join stock_location l on l.id = s.location_id
                where s.sku = :sku and l.active and (cast(:location as varchar) is null or l.code = :location)
                order by l.position, l.code""")
                .param("sku", sku).param("location", locationCode).query(StockStore::figures).list();
    }

    /** Where a SKU is, bin by bin and lot by lot. */
    List<BinStock> placesOf(String sku) {
        return binStock("b.sku = ?", sku);
    }

    /** What a bin (by its full code) holds. */
    List<BinStock> contentsOf(String binCode) {
        return binStock("bl.code = ?", binCode);
    }

    private List<BinStock> binStock(String where, String value) {
        return jdbc.sql("""
                select b.sku, %s as description, l.code as location_code, bl.code as bin_code, b.lot, b.expires_on,
                       b.on_hand
                from stock_bin b join stock_location l on l.id = b.location_id
                left join stock_bin_location bl on bl.id = b.bin_id
                %s
                where %s and b.on_hand > 0
                order by l.position, bl.code nulls first, b.expires_on nulls last, b.lot""".formatted(
                        InventorySkuStore.DESCRIPTION, InventorySkuStore.JOIN.formatted("b"), where))
                .param(value)
                .query((rs, n) -> new BinStock(rs.getString("sku"), rs.getString("description"),
                        rs.getString("location_code"), rs.getString("bin_code"), rs.getString("lot"),
                        rs.getObject("expires_on", LocalDate.class), rs.getInt("on_hand")))
                .list();
    }

    /** A SKU's movements, newest first; at one location when {@code locationCode} is given. */
    List<MovementView> movements(String sku, @Nullable String locationCode, int limit, long offset) {
        return jdbc.sql("""
                select m.*, l.code as location_code, bl.code as bin_code from stock_movement m
                join stock_location l on l.id = m.location_id
                left join stock_bin_location bl on bl.id = m.bin_id
                where m.sku = :sku and (cast(:location as varchar) is null or l.code = :location)
                order by m.id desc limit :limit offset :offset""")
                .param("sku", sku).param("location", locationCode)
                .param("limit", limit).param("offset", offset)
                .query(StockStore::movement).list();
    }

    long countMovements(String sku, @Nullable String locationCode) {
        return jdbc.sql("""
                select count(*) from stock_movement m join stock_location l on l.id = m.location_id
                where m.sku = :sku and (cast(:location as varchar) is null or l.code = :location)""")
                .param("sku", sku).param("location", locationCode).query(Long.class).single();
    }

    /** The movements a document caused, oldest first. */
    List<MovementView> movementsOf(String sourceType, String sourceRef) {
        return jdbc.sql("""
                select m.*, l.code as location_code, bl.code as bin_code from stock_movement m
                join stock_location l on l.id = m.location_id
                left join stock_bin_location bl on bl.id = m.bin_id
                where m.source_type = ? and m.source_ref = ? order by m.id""")
                .params(sourceType, sourceRef).query(StockStore::movement).list();
    }

    /**
     * The overview's rows, by SKU then location. {@code expiringBy} keeps rows whose next expiry is on or
     * before that date; {@code text} is a lower-case LIKE pattern or null.
     */
    List<StockRow> overview(StockFilter filter, @Nullable String text, @Nullable LocalDate expiringBy, int limit,
                            long offset) {
        return overviewQuery(filter, text, expiringBy, """
                select s.sku, %s as description, k.brand, l.code as location_code, s.on_hand, s.reserved,
                       r.reorder_point, e.next_expiry""".formatted(InventorySkuStore.DESCRIPTION),
                " order by s.sku, l.position limit :limit offset :offset")
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new StockRow(rs.getString("sku"), rs.getString("description"), rs.getString("brand"),
                        rs.getString("location_code"), rs.getInt("on_hand"), rs.getInt("reserved"),
                        (Integer) rs.getObject("reorder_point"), rs.getObject("next_expiry", LocalDate.class)))
                .list();
    }

    long countOverview(StockFilter filter, @Nullable String text, @Nullable LocalDate expiringBy) {
        return overviewQuery(filter, text, expiringBy, "select count(*)", "").query(Long.class).single();
    }

    /** Lots in stock expiring on or before the day, the first to expire first (read through the expiry index). */
    List<ExpiringLot> expiringLots(LocalDate by, int limit) {
        return jdbc.sql("""
                select b.sku, %s as description, l.code as location_code, b.lot, b.expires_on, b.on_hand
                from stock_bin b join stock_location l on l.id = b.location_id
                %s
                where b.expires_on is not null and b.on_hand > 0 and b.expires_on <= :by
                order by b.expires_on, b.sku limit :limit""".formatted(InventorySkuStore.DESCRIPTION,
                        InventorySkuStore.JOIN.formatted("b")))
                .param("by", by).param("limit", limit)
                .query((rs, n) -> new ExpiringLot(rs.getString("sku"), rs.getString("description"),
                        rs.getString("location_code"), rs.getString("lot"), rs.getObject("expires_on", LocalDate.class),
                        rs.getInt("on_hand")))
                .list();
    }

    long countExpiringLots(LocalDate by) {
        return jdbc.sql("""
                select count(*) from stock_bin b
                where b.expires_on is not null and b.on_hand > 0 and b.expires_on <= :by""")
                .param("by", by).query(Long.class).single();
    }

    /** Brands that have stock rows. */
    List<String> brandsInStock() {
        return jdbc.sql("""
                select distinct k.brand from stock_level s %s order by k.brand"""
                .formatted(InventorySkuStore.JOIN.formatted("s"))).query(String.class).list();
    }

    private JdbcClient.StatementSpec overviewQuery(StockFilter filter, @Nullable String text,
                                                   @Nullable LocalDate expiringBy, String select, String tail) {
        return jdbc.sql(select + """
                 from stock_level s join stock_location l on l.id = s.location_id
                %s
                left join reorder_policy r on r.sku = s.sku and r.location_id = s.location_id
                left join lateral (select min(b.expires_on) as next_expiry from stock_bin b
                                   where b.sku = s.sku and b.location_id = s.location_id and b.on_hand > 0) e on true
                where (cast(:location as varchar) is null or l.code = :location)
                  and (cast(:brand as varchar) is null or k.brand = :brand)
                  and (cast(:text as varchar) is null or lower(s.sku) like :text or lower(k.product_name) like :text
                       or lower(k.brand) like :text)
                  and (not :below or (r.reorder_point is not null and s.on_hand - s.reserved <= r.reorder_point))
                  and (cast(:expiring as date) is null or e.next_expiry <= :expiring)
                """.formatted(InventorySkuStore.JOIN.formatted("s")) + tail)
                .param("location", blankToNull(filter.locationCode()))
                .param("brand", blankToNull(filter.brand()))
                .param("text", text)
                .param("below", filter.belowReorderPoint())
                .param("expiring", expiringBy);
    }

    /** The expiry date of a lot in a place ({@code bin} null: not put away), if it is there. */
    @Nullable LocalDate expiryOf(String sku, UUID locationId, @Nullable UUID bin, String lot) {
        return jdbc.sql("""
                select expires_on from stock_bin where sku = ? and location_id = ?
                  and coalesce(bin_id, '00000000-0000-0000-0000-000000000000'::uuid) = ? and lot = ?""")
                .params(sku, locationId, bin == null ? new UUID(0, 0) : bin, lot)
                .query(LocalDate.class).optional().orElse(null);
    }

    /** One label per unit on hand of every SKU at a location, by SKU. */
    List<SkuLabel> skuLabelsAt(UUID locationId) {
        return jdbc.sql("""
                select s.sku, %s as description, k.barcode, s.on_hand from stock_level s
                %s
                where s.location_id = ? and s.on_hand > 0 order by s.sku""".formatted(InventorySkuStore.DESCRIPTION,
                        InventorySkuStore.JOIN.formatted("s")))
                .param(locationId)
                .query((rs, n) -> new SkuLabel(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    /**
     * Every SKU and location where on hand differs from the sum of its movements or its bins, or reserved from
     * the sum of its reservation changes or its active reservations; by SKU and location.
     */
    List<LedgerDifference> ledgerDifferences() {
        return jdbc.sql("""
                with m as (select sku, location_id, sum(quantity) as q, sum(reserved_delta) as r
                           from stock_movement group by sku, location_id),
                     b as (select sku, location_id, sum(on_hand) as q from stock_bin group by sku, location_id),
                     v as (select sku, location_id, sum(quantity) as r from stock_reservation where status = 'ACTIVE'
                           group by sku, location_id)
                select coalesce(s.sku, m.sku) as sku, l.code, coalesce(s.on_hand, 0) as on_hand,
                       coalesce(s.reserved, 0) as reserved, coalesce(m.q, 0) as moved, coalesce(m.r, 0) as moved_reserved,
                       coalesce(b.q, 0) as binned, coalesce(v.r, 0) as active
                from stock_level s
                full join m on m.sku = s.sku and m.location_id = s.location_id
                left join b on b.sku = coalesce(s.sku, m.sku) and b.location_id = coalesce(s.location_id, m.location_id)
                left join v on v.sku = coalesce(s.sku, m.sku) and v.location_id = coalesce(s.location_id, m.location_id)
                join stock_location l on l.id = coalesce(s.location_id, m.location_id)
                where coalesce(s.on_hand, 0) <> coalesce(m.q, 0) or coalesce(s.reserved, 0) <> coalesce(m.r, 0)
                   or coalesce(s.on_hand, 0) <> coalesce(b.q, 0) or coalesce(s.reserved, 0) <> coalesce(v.r, 0)
                order by 1, 2""")
                .query((rs, n) -> new LedgerDifference(rs.getString("sku"), rs.getString("code"), rs.getInt("on_hand"),
                        rs.getInt("moved"), rs.getInt("binned"), rs.getInt("reserved"), rs.getInt("moved_reserved"),
                        rs.getInt("active")))
                .list();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static StockFigures figures(ResultSet rs, int row) throws SQLException {
        return new StockFigures(rs.getString(1), rs.getString(2), rs.getString(3), LocationKind.valueOf(rs.getString(4)),
                rs.getInt(5), rs.getInt(6));
    }

    private static MovementView movement(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("reason");
        return new MovementView(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("sku"),
                rs.getString("location_code"), rs.getString("bin_code"), rs.getString("lot"),
                MovementKind.valueOf(rs.getString("kind")), rs.getInt("quantity"), rs.getInt("reserved_delta"),
                reason == null ? null : AdjustmentReason.valueOf(reason), rs.getString("source_type"),
                rs.getString("source_ref"), rs.getString("actor"), rs.getString("note"));
    }
}
