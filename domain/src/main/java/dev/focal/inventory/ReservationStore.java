package dev.focal.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of reservations (ADR 0013), table {@code stock_reservation}, and the statements of the one-line fast
 * path that also touch {@code stock_level}, {@code reorder_policy} and {@code stock_movement} in one go. No rules
 * here: {@link Reservations} decides; this reads and writes. Writes to several lines go through
 * {@link StockLedger}.
 */
@Component
class ReservationStore {

    /** The stock row after a one-line reservation took stock, and the reorder flag if the statement flipped it. */
    record Taken(int onHand, int reserved, @Nullable Boolean low, int reorderPoint, int safetyStock) {
    }

    /** A reorder flag set to {@code low}, with the policy's figures and the stock available now. */
    record LowFlag(boolean low, int reorderPoint, int safetyStock, int available) {
    }

    /** An order line whose hold is due. */
    record Due(String orderRef, String lineRef) {
    }

    private final JdbcClient jdbc;

    ReservationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts an active reservation if the SKU is in the catalog and the line has none; true when inserted. */
    boolean insertIfInCatalog(String orderRef, String lineRef, String sku, UUID locationId, int quantity,
                              @Nullable Instant expiresAt, Instant now) {
        return jdbc.sql("""
                insert into stock_reservation (order_ref, line_ref, sku, location_id, quantity, status, expires_at,
                    created_at)
                select ?, ?, sku, ?, ?, 'ACTIVE', ?, ? from inventory_sku where sku = ? and in_catalog
                on conflict do nothing""")
                .params(orderRef, lineRef, locationId, quantity,
                        expiresAt == null ? null : Timestamp.from(expiresAt), Timestamp.from(now), sku)
                .update() > 0;
    }

    /**
     * Inserts an active reservation and its ledger movement (no stock row is touched) if the SKU is in the
     * catalog, the location is open and the line has none; returns the rows inserted (0 or 1 reservations).
     * With {@code takeAtCommit} a deferred trigger takes the stock inside COMMIT (migration V10).
     */
    int insertWithMovement(String orderRef, String lineRef, String sku, String locationCode, int quantity,
                           @Nullable Instant expiresAt, Instant now, boolean takeAtCommit, String sourceRef,
                           String actor) {
        return jdbc.sql("""
                with r as (
                    insert into stock_reservation (order_ref, line_ref, sku, location_id, quantity, status, expires_at,
                        created_at, take_at_commit)
                    select :order, :line, s.sku, l.id, :q, 'ACTIVE', :expires, :now, :atCommit
                    from stock_location l join inventory_sku s on s.sku = :sku and s.in_catalog
                    where l.code = :location and l.active
                    on conflict do nothing
                    returning sku, location_id)
                insert into stock_movement (occurred_at, sku, location_id, lot, kind, quantity, reserved_delta,
                    source_type, source_ref, actor)
                select :now, r.sku, r.location_id, '', 'RESERVATION', 0, :q, 'ORDER', :ref, :actor from r""")
                .param("order", orderRef).param("line", lineRef).param("sku", sku).param("location", locationCode)
                .param("q", quantity).param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
                .param("now", Timestamp.from(now)).param("atCommit", takeAtCommit)
                .param("ref", sourceRef).param("actor", actor)
                .update();
    }

    /**
     * Reserves {@code quantity} on the stock row only if that much is available, and flips the reorder flag if
     * the row crosses its reorder point, in one statement; empty when too little is available.
     */
    Optional<Taken> take(String sku, String locationCode, int quantity, Instant now) {
        return jdbc.sql("""
                with u as (
                    update stock_level s set reserved = s.reserved + :q, updated_at = :now
                    from stock_location l
                    where l.code = :location and s.location_id = l.id and s.sku = :sku and s.on_hand - s.reserved >= :q
                    returning s.sku, s.location_id, s.on_hand, s.reserved),
                p as (
                    update reorder_policy r set low_alerted = (u.on_hand - u.reserved <= r.reorder_point)
                    from u where r.sku = u.sku and r.location_id = u.location_id
                      and r.low_alerted <> (u.on_hand - u.reserved <= r.reorder_point)
                    returning r.low_alerted, r.reorder_point, r.safety_stock)
                select u.on_hand, u.reserved, p.low_alerted, p.reorder_point, p.safety_stock
                from u left join p on true""")
                .param("q", quantity).param("now", Timestamp.from(now)).param("location", locationCode).param("sku", sku)
                .query((rs, n) -> new Taken(rs.getInt(1), rs.getInt(2), (Boolean) rs.getObject(3), rs.getInt(4),
                        rs.getInt(5)))
                .optional();
    }

    /** Whether the SKU's reorder flag at the location disagrees with its stock (read without locking). */
    boolean reorderFlagStale(String sku, String locationCode) {
        return Boolean.TRUE.equals(jdbc.sql("""
                select exists (select 1 from reorder_policy r
                    join stock_level s on s.sku = r.sku and s.location_id = r.location_id
                    join stock_location l on l.id = s.location_id
                    where l.code = :location and s.sku = :sku
                      and r.low_alerted <> (s.on_hand - s.reserved <= r.reorder_point))""")
                .param("location", locationCode).param("sku", sku).query(Boolean.class).single());
    }

    /** Sets the SKU's reorder flag at the location to what its stock says, if it disagrees; the flags it set. */
    List<LowFlag> refreshReorderFlag(String sku, String locationCode) {
        return jdbc.sql("""
                update reorder_policy r set low_alerted = (s.on_hand - s.reserved <= r.reorder_point)
                from stock_level s join stock_location l on l.id = s.location_id
                where l.code = :location and s.sku = :sku and r.sku = s.sku and r.location_id = s.location_id
                  and r.low_alerted <> (s.on_hand - s.reserved <= r.reorder_point)
                returning r.low_alerted, r.reorder_point, r.safety_stock, s.on_hand - s.reserved""")
                .param("location", locationCode).param("sku", sku)
                .query((rs, n) -> new LowFlag(rs.getBoolean(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    List<Reservation> ofOrder(String orderRef) {
        return jdbc.sql("""
                select r.*, l.code from stock_reservation r join stock_location l on l.id = r.location_id
                where r.order_ref = ? order by r.created_at, r.line_ref""")
                .param(orderRef).query(ReservationStore::reservation).list();
    }

    /** Active reservations of a SKU, at one location when given, oldest first. */
    List<Reservation> activeFor(String sku, @Nullable String locationCode) {
        return jdbc.sql("""
                select r.*, l.code from stock_reservation r join stock_location l on l.id = r.location_id
                where r.sku = :sku and r.status = 'ACTIVE' and (cast(:location as varchar) is null or l.code = :location)
                order by r.created_at""")
                .param("sku", sku).param("location", locationCode)
                .query(ReservationStore::reservation).list();
    }

    /** Up to 1000 active holds that expired at {@code now}, earliest first. */
    List<Due> dueHolds(Instant now) {
        return jdbc.sql("""
                select order_ref, line_ref from stock_reservation
                where status = 'ACTIVE' and expires_at is not null and expires_at <= ? order by expires_at limit 1000""")
                .param(Timestamp.from(now))
                .query((rs, n) -> new Due(rs.getString(1), rs.getString(2))).list();
    }

    void setStatus(String orderRef, String lineRef, ReservationStatus status, Instant closedAt) {
        jdbc.sql("update stock_reservation set status = ?, closed_at = ? where order_ref = ? and line_ref = ?")
                .params(status.name(), Timestamp.from(closedAt), orderRef, lineRef).update();
    }

    /** The line's reservation, its row locked until the transaction ends. */
    Optional<Reservation> lock(String orderRef, String lineRef) {
        return jdbc.sql("""
                select r.*, l.code from stock_reservation r join stock_location l on l.id = r.location_id
                where r.order_ref = ? and r.line_ref = ? for update of r""")
                .params(orderRef, lineRef)
                .query(ReservationStore::reservation).optional();
    }

    Optional<Reservation> find(String orderRef, String lineRef) {
        return jdbc.sql("""
                select r.*, l.code from stock_reservation r join stock_location l on l.id = r.location_id
                where r.order_ref = ? and r.line_ref = ?""")
                .params(orderRef, lineRef).query(ReservationStore::reservation).optional();
    }

    private static Reservation reservation(ResultSet rs, int row) throws SQLException {
        Timestamp expires = rs.getTimestamp("expires_at");
        return new Reservation(rs.getString("order_ref"), rs.getString("line_ref"), rs.getString("sku"),
                rs.getString("code"), rs.getInt("quantity"), ReservationStatus.valueOf(rs.getString("status")),
                expires == null ? null : expires.toInstant(), rs.getTimestamp("created_at").toInstant());
    }
}
