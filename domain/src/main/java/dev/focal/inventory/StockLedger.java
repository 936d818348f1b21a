package dev.focal.inventory;

import dev.focal.inventory.InventoryExceptions.InsufficientStock;
import dev.focal.shared.Actors;
import dev.focal.shared.Ids;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way stock changes: every change is a list of {@link Move}s written to the insert-only ledger in the
 * same transaction as the stock figures they change. Callers hold a transaction.
 *
 * <p>Locks are always taken in the same order, so two writers never deadlock: the idempotency key, then the
 * {@code stock_level} rows sorted by SKU and location, then {@code stock_bin} rows. Movements that need no bin
 * decision are inserted before the level rows are locked, so the hot row of a busy SKU is held only for its
 * own conditional update and the commit.
 */
@Component
class StockLedger {

    /** A change of stock as the ledger records it: {@code quantity} changes on hand, {@code reservedDelta} reserved. */
    record Move(String sku, UUID locationId, String locationCode, @Nullable UUID binId, String lot,
                @Nullable LocalDate expiresOn, MovementKind kind, int quantity, int reservedDelta,
                @Nullable AdjustmentReason reason, String sourceType, String sourceRef, @Nullable String note,
                boolean anyBin) {

        /** A move of on-hand stock in one place (bin null = the location's unplaced stock; lot "" = no lot). */
        static Move stock(String sku, Location location, @Nullable UUID binId, String lot, @Nullable LocalDate expiresOn,
                          MovementKind kind, int quantity, @Nullable AdjustmentReason reason, String sourceType,
                          String sourceRef, @Nullable String note) {
            return new Move(sku, location.id(), location.code(), binId, lot, expiresOn, kind, quantity, 0, reason,
                    sourceType, sourceRef, note, false);
        }

        /** A decrease taken from wherever the stock is, first expiry first out. */
        static Move fromAnyBin(String sku, Location location, MovementKind kind, int quantity, int reservedDelta,
                               @Nullable AdjustmentReason reason, String sourceType, String sourceRef, @Nullable String note) {
            return new Move(sku, location.id(), location.code(), null, "", null, kind, quantity, reservedDelta, reason,
                    sourceType, sourceRef, note, true);
        }

        /** A change of reserved only. */
        static Move reservation(String sku, Location location, MovementKind kind, int reservedDelta, String sourceType,
                                String sourceRef) {
            return new Move(sku, location.id(), location.code(), null, "", null, kind, 0, reservedDelta, null,
                    sourceType, sourceRef, null, false);
        }

        boolean needsAllocation() {
            return anyBin && quantity < 0;
        }

        Move placed(@Nullable UUID bin, String lotOf, int portion, int reservedPortion) {
            return new Move(sku, locationId, locationCode, bin, lotOf, null, kind, portion, reservedPortion, reason,
                    sourceType, sourceRef, note, false);
        }
    }

    /** A SKU's figures at a location after a change. */
    record Level(String sku, UUID locationId, String locationCode, int onHand, int reserved) {
        int available() {
            return onHand - reserved;
        }
    }

    private static final UUID NO_BIN = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StockLedger(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Claims an idempotency key for this transaction: false when a committed request used it already (the
     * caller then writes nothing). A concurrent request with the same key waits here until this one ends.
     */
    boolean claim(String idempotencyKey) {
        return jdbc.sql("insert into stock_request (idempotency_key, created_at) values (?, ?) on conflict do nothing")
                .params(idempotencyKey, Timestamp.from(clock.instant())).update() == 1;
    }

    /**
     * Writes the moves and changes stock accordingly, or throws {@link InsufficientStock} (the caller's
     * transaction then rolls back, so nothing is half-written). Returns the figures afterwards per SKU and
     * location.
     */
    List<Level> apply(List<Move> moves, @Nullable String idempotencyKey) {
        Instant now = clock.instant();
        String actor = Actors.current();
        List<Move> direct = moves.stream().filter(m -> !m.needsAllocation()).toList();
        insertMovements(direct, now, actor, idempotencyKey);

        Map<String, int[]> deltas = new LinkedHashMap<>();
        Map<String, Move> firstOf = new LinkedHashMap<>();
        for (Move m : moves) {
            String key = m.sku() + "\u0000" + m.locationId();
            deltas.computeIfAbsent(key, k -> new int[2]);
            deltas.get(key)[0] += m.quantity();
            deltas.get(key)[1] += m.reservedDelta();
            firstOf.putIfAbsent(key, m);
        }
        List<Level> levels = new ArrayList<>();
        for (String key : deltas.keySet().stream().sorted(Comparator.naturalOrder()).toList()) {
            Move m = firstOf.get(key);
            int[] d = deltas.get(key);
            levels.add(changeLevel(m, d[0], d[1], now));
        }

        List<Move> allocated = new ArrayList<>();
        for (Move m : moves) {
            if (m.needsAllocation()) {
                allocated.addAll(allocate(m));
            }
        }
        insertMovements(allocated, now, actor, idempotencyKey);
        for (Move m : direct) {
            if (m.quantity() != 0) {
                changeBin(m);
            }
        }
        for (Move m : allocated) {
            changeBin(m);
        }
        for (Level level : levels) {
            checkReorderPoint(level);
        }
        return levels;
    }

    private void insertMovements(List<Move> moves, Instant now, String actor, @Nullable String idempotencyKey) {
        for (Move m : moves) {
            jdbc.sql("""
                    insert into stock_movement (occurred_at, sku, location_id, bin_id, lot, kind, quantity,
                        reserved_delta, reason, source_type, source_ref, actor, note, idempotency_key)
                    values (:at, :sku, :location, :bin, :lot, :kind, :quantity, :reserved, :reason, :sourceType,
                        :sourceRef, :actor, :note, :key)""")
                    .param("at", Timestamp.from(now)).param("sku", m.sku()).param("location", m.locationId())
                    .param("bin", m.binId()).param("lot", m.lot()).param("kind", m.kind().name())
                    .param("quantity", m.quantity()).param("reserved", m.reservedDelta())
                    .param("reason", m.reason() == null ? null : m.reason().name())
                    .param("sourceType", m.sourceType()).param("sourceRef", m.sourceRef()).param("actor", actor)
                    .param("note", m.note()).param("key", idempotencyKey)
                    .update();
        }
    }

    private Level changeLevel(Move m, int onHandDelta, int reservedDelta, Instant now) {
        if (onHandDelta == 0 && reservedDelta == 0) {
            return current(m.sku(), m.locationId(), m.locationCode());
        }
        if (onHandDelta > 0 || reservedDelta > 0) {
            jdbc.sql("""
                    insert into stock_level (sku, location_id, on_hand, reserved, updated_at) values (?, ?, 0, 0, ?)
                    on conflict do nothing""").params(m.sku(), m.locationId(), Timestamp.from(now)).update();
        }
        var after = jdbc.sql("""
                update stock_level set on_hand = on_hand + :q, reserved = reserved + :r, updated_at = :now
                where sku = :sku and location_id = :location
                  and on_hand + :q >= 0 and reserved + :r >= 0 and reserved + :r <= on_hand + :q
                returning on_hand, reserved""")
                .param("q", onHandDelta).param("r", reservedDelta).param("now", Timestamp.from(now))
                .param("sku", m.sku()).param("location", m.locationId())
                .query((rs, n) -> new Level(m.sku(), m.locationId(), m.locationCode(), rs.getInt(1), rs.getInt(2)))
                .optional();
        return after.orElseThrow(() -> shortage(m, onHandDelta, reservedDelta));
    }

    private InsufficientStock shortage(Move m, int onHandDelta, int reservedDelta) {
        Level now = current(m.sku(), m.locationId(), m.locationCode());
        int requested = reservedDelta > 0 ? reservedDelta : -onHandDelta;
        if (reservedDelta > 0) {
            return cannotReserve(now, requested);
        }
        String message;
        if (onHandDelta < 0 && now.onHand() + onHandDelta >= 0) {
            message = "Only " + now.available() + " of " + m.sku() + " at " + m.locationCode() + " are free: "
                      + now.reserved() + " are reserved for orders.";
        } else if (reservedDelta < 0 && now.reserved() + reservedDelta < 0) {
            message = "Only " + now.reserved() + " of " + m.sku() + " are reserved at " + m.locationCode() + ".";
        } else {
            message = "Only " + now.onHand() + " of " + m.sku() + " on hand at " + m.locationCode() + "; " + requested
                      + " asked for.";
        }
        return new InsufficientStock(m.sku(), m.locationCode(), requested, now.available(), message);
    }

    /** "Only 3 of X available at WH1; 5 asked for." — a reservation that does not fit what is available now. */
    static InsufficientStock cannotReserve(Level now, int requested) {
        return new InsufficientStock(now.sku(), now.locationCode(), requested, now.available(), now.available() <= 0
                ? now.sku() + " is not available at " + now.locationCode() + "."
                : "Only " + now.available() + " of " + now.sku() + " available at " + now.locationCode() + "; "
                  + requested + " asked for.");
    }

    Level current(String sku, UUID locationId, String locationCode) {
        return jdbc.sql("select on_hand, reserved from stock_level where sku = ? and location_id = ?")
                .params(sku, locationId)
                .query((rs, n) -> new Level(sku, locationId, locationCode, rs.getInt(1), rs.getInt(2)))
                .optional().orElse(new Level(sku, locationId, locationCode, 0, 0));
    }

    /**
     * Splits a decrease over the places holding the stock, first expiry first (no expiry last), unplaced stock
     * before binned stock of the same expiry. The rows are locked until the transaction ends.
     */
    private List<Move> allocate(Move m) {
        record Place(@Nullable UUID bin, String lot, int onHand) {
        }
        List<Place> places = jdbc.sql("""
                select bin_id, lot, on_hand from stock_bin
                where sku = ? and location_id = ? and on_hand > 0
                order by expires_on nulls last, bin_id nulls first, lot, id
                for update""")
                .params(m.sku(), m.locationId())
                .query((rs, n) -> new Place(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3))).list();
        int wanted = -m.quantity();
        int reservedLeft = -m.reservedDelta();
        List<Move> portions = new ArrayList<>();
        for (Place place : places) {
            if (wanted == 0) {
                break;
            }
            int take = Math.min(wanted, place.onHand());
            int reservedTake = Math.min(reservedLeft, take);
            portions.add(m.placed(place.bin(), place.lot(), -take, -reservedTake));
            wanted -= take;
            reservedLeft -= reservedTake;
        }
        if (wanted > 0) {
            int there = places.stream().mapToInt(Place::onHand).sum();
            throw new InsufficientStock(m.sku(), m.locationCode(), -m.quantity(), there,
                    "Only " + there + " of " + m.sku() + " are in the bins of " + m.locationCode() + ".");
        }
        return portions;
    }

    private void changeBin(Move m) {
        UUID bin = m.binId() == null ? NO_BIN : m.binId();
        if (m.quantity() > 0) {
            jdbc.sql("""
                    insert into stock_bin (id, sku, location_id, bin_id, lot, expires_on, on_hand)
                    values (:id, :sku, :location, :bin, :lot, :expires, :q)
                    on conflict (sku, location_id, coalesce(bin_id, '00000000-0000-0000-0000-000000000000'::uuid), lot)
                    do update set on_hand = stock_bin.on_hand + excluded.on_hand,
                                  expires_on = coalesce(stock_bin.expires_on, excluded.expires_on)""")
                    .param("id", Ids.newId()).param("sku", m.sku()).param("location", m.locationId())
                    .param("bin", m.binId()).param("lot", m.lot()).param("expires", m.expiresOn())
                    .param("q", m.quantity()).update();
            return;
        }
        int changed = jdbc.sql("""
                update stock_bin set on_hand = on_hand + :q
                where sku = :sku and location_id = :location
                  and coalesce(bin_id, '00000000-0000-0000-0000-000000000000'::uuid) = :bin and lot = :lot
                  and on_hand + :q >= 0""")
                .param("q", m.quantity()).param("sku", m.sku()).param("location", m.locationId()).param("bin", bin)
                .param("lot", m.lot()).update();
        if (changed == 0) {
            int there = jdbc.sql("""
                    select coalesce(sum(on_hand), 0) from stock_bin where sku = :sku and location_id = :location
                      and coalesce(bin_id, '00000000-0000-0000-0000-000000000000'::uuid) = :bin and lot = :lot""")
                    .param("sku", m.sku()).param("location", m.locationId()).param("bin", bin).param("lot", m.lot())
                    .query(Integer.class).single();
            String place = m.binId() == null ? "unplaced at " + m.locationCode() : "in that bin";
            throw new InsufficientStock(m.sku(), m.locationCode(), -m.quantity(), there,
                    "Only " + there + " of " + m.sku() + (m.lot().isEmpty() ? "" : " lot " + m.lot()) + " are " + place
                    + "; " + (-m.quantity()) + " asked for.");
        }
    }

    /** Publishes {@link StockLow} when available crosses the reorder point downwards; re-arms when it rises. */
    private void checkReorderPoint(Level level) {
        jdbc.sql("""
                update reorder_policy set low_alerted = (:available <= reorder_point)
                where sku = :sku and location_id = :location and low_alerted <> (:available <= reorder_point)
                returning low_alerted, reorder_point, safety_stock""")
                .param("available", level.available()).param("sku", level.sku()).param("location", level.locationId())
                .query((rs, n) -> new Object[] {rs.getBoolean(1), rs.getInt(2), rs.getInt(3)})
                .optional()
                .filter(row -> (Boolean) row[0])
                .ifPresent(row -> events.publishEvent(new StockLow(level.sku(), level.locationCode(), level.available(),
                        (Integer) row[1], (Integer) row[2])));
    }
}
