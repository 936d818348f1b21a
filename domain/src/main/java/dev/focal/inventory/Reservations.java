package dev.focal.inventory;

import dev.focal.inventory.InventoryExceptions.InsufficientStock;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.StockLedger.Move;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stock held for order lines. Reserving is all or nothing per request, idempotent per order line (reserving
 * a line again reserves once), and safe under concurrency: lines are added up per SKU and location first (two
 * lines of one SKU cannot both pass on the same stock), then each SKU x location is reserved with one
 * conditional update of its stock row, which waits for a concurrent reservation of the same stock and then
 * sees its result, so exactly the available quantity is ever reserved and nobody is told "sold out" while
 * stock remains. The database's check constraints (reserved <= on hand) stand behind it.
 *
 * <p>Called by checkout and order handling in-process (guest checkouts included, hence no sign-in rule) and
 * by warehouse staff.
 */
@Service
@Transactional(readOnly = true)
public class Reservations {

    private static final Pattern REF = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$");
    static final String SOURCE = "ORDER";

    /** A request to reserve: lines of one order; {@code expiresAt} makes it a checkout hold released by a job. */
    public record ReserveRequest(String orderRef, List<Line> lines, @Nullable Instant expiresAt) {
        public ReserveRequest {
            lines = List.copyOf(lines);
        }
    }

    /** One order line: so many of a SKU at a location. */
    public record Line(String lineRef, String sku, String locationCode, int quantity) {
    }

    public enum Status { ACTIVE, RELEASED, PICKED, EXPIRED }

    /** A reservation as stored. */
    public record Reservation(String orderRef, String lineRef, String sku, String locationCode, int quantity,
                              Status status, @Nullable Instant expiresAt, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final StockLedger ledger;
    private final Locations locations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Reservations(JdbcClient jdbc, StockLedger ledger, Locations locations,
                 ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.locations = locations;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Reserves every line or none. Lines reserved before (same order and line reference) are left as they
     * are and count as reserved; the answer lists every line of the request with its stored reservation.
     *
     * @throws InventoryExceptions.InsufficientStock naming the first SKU and location that is short; nothing is reserved
     * @throws InvalidStockInput naming the line's field ({@code lines[1].quantity}, ...)
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    @PreAuthorize("permitAll()")
    public List<Reservation> reserve(ReserveRequest request) {
        String order = ref(request.orderRef(), "orderRef");
        if (request.lines().isEmpty()) {
            throw new InvalidStockInput("lines", "A reservation needs at least one line.");
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(clock.instant())) {
            throw new InvalidStockInput("expiresAt", "A hold must expire in the future.");
        }
        Instant now = clock.instant();
        if (request.lines().size() == 1) {
            Line line = request.lines().getFirst();
            String lineRef = ref(line.lineRef(), "lines[0].lineRef");
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return List.of(reserveAtCommit(order, lineRef, line, request.expiresAt(), now));
            }
            return List.of(reserveOne(order, lineRef, line, request.expiresAt(), now));
        }
        return transaction.execute(status -> reserveLines(order, request, now));
    }

    private List<Reservation> reserveLines(String order, ReserveRequest request, Instant now) {
        List<Move> moves = new ArrayList<>();
        List<StockReserved.ReservedLine> reserved = new ArrayList<>();
        Set<String> lineRefs = new HashSet<>();
        for (int i = 0; i < request.lines().size(); i++) {
            Line line = request.lines().get(i);
            String prefix = "lines[" + i + "].";
            String lineRef = ref(line.lineRef(), prefix + "lineRef");
            if (!lineRefs.add(lineRef)) {
                throw new InvalidStockInput(prefix + "lineRef", "Line " + lineRef + " appears twice in the request.");
            }
            String sku = Inventory.normalSku(line.sku());
            if (sku.isEmpty()) {
                throw new InvalidStockInput(prefix + "sku", "Name the SKU.");
            }
            Location location = locations.find(line.locationCode()).filter(Location::active)
                    .orElseThrow(() -> new InvalidStockInput(prefix + "location",
                            "There is no open location " + line.locationCode() + "."));
            int quantity = Inventory.quantity(line.quantity(), prefix + "quantity");
            int inserted = jdbc.sql("""
                    insert into stock_reservation (order_ref, line_ref, sku, location_id, quantity, status, expires_at,
                        created_at)
                    select ?, ?, sku, ?, ?, 'ACTIVE', ?, ? from inventory_sku where sku = ? and in_catalog
                    on conflict do nothing""")
                    .params(order, lineRef, location.id(), quantity,
                            request.expiresAt() == null ? null : Timestamp.from(request.expiresAt()), Timestamp.from(now),
                            sku)
                    .update();
            if (inserted == 0) {
                if (find(order, lineRef).isEmpty()) {
                    throw new InvalidStockInput(prefix + "sku", "No SKU " + sku + " in the catalog.");
                }
                continue;
            }
            moves.add(Move.reservation(sku, location, MovementKind.RESERVATION, quantity, SOURCE, order + "/" + lineRef));
            reserved.add(new StockReserved.ReservedLine(lineRef, sku, location.code(), quantity));
        }
        if (!moves.isEmpty()) {
            ledger.apply(moves, null);
            events.publishEvent(new StockReserved(order, reserved));
        }
        return lineRefs.stream().map(l -> find(order, l).orElseThrow())
                .sorted(java.util.Comparator.comparing(Reservation::createdAt).thenComparing(Reservation::lineRef))
                .toList();
    }

    /**
     * The common case, one line, in two statements: the reservation row (its primary key makes a repeat or a
     * concurrent duplicate a no-op) with its ledger movement, then one statement that reserves on the stock row
     * only if enough is available and flips the reorder alert. The stock row's lock is held from that
     * statement to the commit only. Same outcome as the general path.
     */
    private Reservation reserveOne(String order, String lineRef, Line line, @Nullable Instant expiresAt, Instant now) {
        String sku = Inventory.normalSku(line.sku());
        if (sku.isEmpty()) {
            throw new InvalidStockInput("lines[0].sku", "Name the SKU.");
        }
        int quantity = Inventory.quantity(line.quantity(), "lines[0].quantity");
        String locationCode = line.locationCode() == null ? "" : line.locationCode().strip().toUpperCase(java.util.Locale.ROOT);
        Timestamp at = Timestamp.from(now);
        // The reservation row and its ledger movement, before the stock row is locked: if the conditional update
        // below finds too little stock, the exception rolls both back.
        int inserted = insertReservation(order, lineRef, sku, locationCode, quantity, expiresAt, now, false);
        if (inserted == 0) {
            return earlierOrRefusal(order, lineRef, sku, locationCode, line);
        }
        record Outcome(int onHand, int reserved, @Nullable Boolean low, int reorderPoint, int safetyStock) {
        }
        Optional<Outcome> outcome = jdbc.sql("""
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
                .param("q", quantity).param("now", at).param("location", locationCode).param("sku", sku)
                .query((rs, n) -> new Outcome(rs.getInt(1), rs.getInt(2), (Boolean) rs.getObject(3), rs.getInt(4),
                        rs.getInt(5)))
                .optional();
        if (outcome.isEmpty()) {
            throw shortage(sku, locationCode, quantity);
        }
        Outcome o = outcome.get();
        if (Boolean.TRUE.equals(o.low())) {
            events.publishEvent(new StockLow(sku, locationCode, o.onHand() - o.reserved(), o.reorderPoint(),
                    o.safetyStock()));
        }
        events.publishEvent(new StockReserved(order, List.of(new StockReserved.ReservedLine(lineRef, sku, locationCode,
                quantity))));
        return new Reservation(order, lineRef, sku, locationCode, quantity, Status.ACTIVE, expiresAt, now);
    }

    /**
     * A one-line reservation in a transaction of its own: the reservation row (with {@code take_at_commit}) and
     * its movement are written, and a deferred trigger takes the stock inside COMMIT (migration V10), so the
     * stock row is locked only for that update and the commit's flush. Too little stock fails the commit, which
     * rolls everything back; it is reported as {@link InsufficientStock} like on the other paths. The reorder
     * point is checked afterwards in a transaction of its own (the flag and its event together).
     */
    private Reservation reserveAtCommit(String order, String lineRef, Line line, @Nullable Instant expiresAt,
                                        Instant now) {
        String sku = Inventory.normalSku(line.sku());
        if (sku.isEmpty()) {
            throw new InvalidStockInput("lines[0].sku", "Name the SKU.");
        }
        int quantity = Inventory.quantity(line.quantity(), "lines[0].quantity");
        String locationCode = line.locationCode() == null ? "" : line.locationCode().strip().toUpperCase(java.util.Locale.ROOT);
        boolean[] made = new boolean[1];
        Reservation reservation;
        try {
            reservation = transaction.execute(status -> {
                if (insertReservation(order, lineRef, sku, locationCode, quantity, expiresAt, now, true) == 0) {
                    return earlierOrRefusal(order, lineRef, sku, locationCode, line);
                }
                made[0] = true;
                events.publishEvent(new StockReserved(order, List.of(new StockReserved.ReservedLine(lineRef, sku,
                        locationCode, quantity))));
                return new Reservation(order, lineRef, sku, locationCode, quantity, Status.ACTIVE, expiresAt, now);
            });
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            if (hasState(e, "FOC01")) {
                throw shortage(sku, locationCode, quantity);
            }
            throw e;
        }
        // Usually nothing crosses: one read without a transaction tells, and only a crossing opens one.
        boolean crossing = made[0] && Boolean.TRUE.equals(jdbc.sql("""
                select exists (select 1 from reorder_policy r
                    join stock_level s on s.sku = r.sku and s.location_id = r.location_id
                    join stock_location l on l.id = s.location_id
                    where l.code = :location and s.sku = :sku
                      and r.low_alerted <> (s.on_hand - s.reserved <= r.reorder_point))""")
                .param("location", locationCode).param("sku", sku).query(Boolean.class).single());
        if (crossing) {
            transaction.executeWithoutResult(status -> jdbc.sql("""
                    update reorder_policy r set low_alerted = (s.on_hand - s.reserved <= r.reorder_point)
                    from stock_level s join stock_location l on l.id = s.location_id
                    where l.code = :location and s.sku = :sku and r.sku = s.sku and r.location_id = s.location_id
                      and r.low_alerted <> (s.on_hand - s.reserved <= r.reorder_point)
                    returning r.low_alerted, r.reorder_point, r.safety_stock, s.on_hand - s.reserved""")
                    .param("location", locationCode).param("sku", sku)
                    .query((rs, n) -> rs.getBoolean(1)
                            ? Optional.of(new StockLow(sku, locationCode, rs.getInt(4), rs.getInt(2), rs.getInt(3)))
                            : Optional.<StockLow>empty())
                    .list().forEach(low -> low.ifPresent(events::publishEvent)));
        }
        return java.util.Objects.requireNonNull(reservation);
    }

    private static boolean hasState(Throwable e, String state) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private int insertReservation(String order, String lineRef, String sku, String locationCode, int quantity,
                                  @Nullable Instant expiresAt, Instant now, boolean takeAtCommit) {
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
                .param("order", order).param("line", lineRef).param("sku", sku).param("location", locationCode)
                .param("q", quantity).param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
                .param("now", Timestamp.from(now)).param("atCommit", takeAtCommit)
                .param("ref", order + "/" + lineRef).param("actor", dev.focal.shared.Actors.current())
                .update();
    }

    /** A line that inserted nothing: reserved before (the stored reservation), or an unknown location or SKU. */
    private Reservation earlierOrRefusal(String order, String lineRef, String sku, String locationCode, Line line) {
        var earlier = find(order, lineRef);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        locations.find(locationCode).filter(Location::active)
                .orElseThrow(() -> new InvalidStockInput("lines[0].location", "There is no open location "
                        + line.locationCode() + "."));
        throw new InvalidStockInput("lines[0].sku", "No SKU " + sku + " in the catalog.");
    }

    private InsufficientStock shortage(String sku, String locationCode, int quantity) {
        Location location = locations.get(locationCode);
        return StockLedger.cannotReserve(ledger.current(sku, location.id(), location.code()), quantity);
    }

    /** Releases a line's active reservation; releasing again (or a picked line) changes nothing. */
    @Transactional
    @PreAuthorize("permitAll()")
    public boolean release(String orderRef, String lineRef) {
        return close(orderRef, lineRef, Status.RELEASED);
    }

    /** Releases every active line of an order (a cancelled order); returns how many were released. */
    @Transactional
    @PreAuthorize("permitAll()")
    public int releaseOrder(String orderRef) {
        int released = 0;
        for (Reservation r : ofOrder(orderRef)) {
            if (r.status() == Status.ACTIVE && close(r.orderRef(), r.lineRef(), Status.RELEASED)) {
                released++;
            }
        }
        return released;
    }

    /**
     * Turns a line's reservation into a pick: the stock leaves the location (first expiry first out across its
     * bins) and the reservation is done. Idempotent: picking a picked line changes nothing.
     *
     * @throws InvalidStockInput when the line has no active reservation
     */
    @Transactional
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public Reservation pick(String orderRef, String lineRef) {
        Reservation r = lock(orderRef, lineRef)
                .orElseThrow(() -> new InvalidStockInput("lineRef", "Nothing is reserved for " + orderRef + "/" + lineRef + "."));
        if (r.status() == Status.PICKED) {
            return r;
        }
        if (r.status() != Status.ACTIVE) {
            throw new InvalidStockInput("lineRef", "The reservation of " + orderRef + "/" + lineRef + " was "
                    + r.status().name().toLowerCase(java.util.Locale.ROOT) + "; reserve again.");
        }
        Location location = locations.get(r.locationCode());
        String source = r.orderRef() + "/" + r.lineRef();
        var after = ledger.apply(List.of(Move.fromAnyBin(r.sku(), location, MovementKind.PICK, -r.quantity(),
                -r.quantity(), null, SOURCE, source, null)), null).getFirst();
        setStatus(r, Status.PICKED);
        events.publishEvent(new StockDecremented(r.sku(), location.code(), r.quantity(), MovementKind.PICK, source,
                after.onHand(), after.available()));
        return find(orderRef, lineRef).orElseThrow();
    }

    @PreAuthorize("permitAll()")
    public List<Reservation> ofOrder(String orderRef) {
        return jdbc.sql("""
                select r.*, l.code from stock_reservation r join stock_location l on l.id = r.location_id
                where r.order_ref = ? order by r.created_at, r.line_ref""")
                .param(orderRef == null ? "" : orderRef.strip()).query(Reservations::reservation).list();
    }

    /** Active reservations of a SKU (at one location when given), for the stock screens. */
    @PreAuthorize(InventoryAccess.STAFF)
    public List<Reservation> activeFor(String sku, @Nullable String locationCode) {
        return jdbc.sql("""
                select r.*, l.code from stock_reservation r join stock_location l on l.id = r.location_id
                where r.sku = :sku and r.status = 'ACTIVE' and (cast(:location as varchar) is null or l.code = :location)
                order by r.created_at""")
                .param("sku", Inventory.normalSku(sku)).param("location", locationCode)
                .query(Reservations::reservation).list();
    }

    /**
     * Releases checkout holds whose time ran out, each in its own transaction so one failure does not hold up
     * the rest. A job entry point: runs without a signed-in user.
     */
    @Recurring(id = "inventory-expire-holds", interval = "PT1M")
    @Job(name = "Release expired checkout holds")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NEVER)
    @PreAuthorize("permitAll()")
    public int expireHolds() {
        record Key(String order, String line) {
        }
        List<Key> due = jdbc.sql("""
                select order_ref, line_ref from stock_reservation
                where status = 'ACTIVE' and expires_at is not null and expires_at <= ? order by expires_at limit 1000""")
                .param(Timestamp.from(clock.instant()))
                .query((rs, n) -> new Key(rs.getString(1), rs.getString(2))).list();
        int expired = 0;
        for (Key key : due) {
            Boolean done = transaction.execute(status -> close(key.order(), key.line(), Status.EXPIRED));
            if (Boolean.TRUE.equals(done)) {
                expired++;
            }
        }
        return expired;
    }

    private boolean close(String orderRef, String lineRef, Status to) {
        var locked = lock(orderRef, lineRef);
        if (locked.isEmpty() || locked.get().status() != Status.ACTIVE) {
            return false;
        }
        Reservation r = locked.get();
        if (to == Status.EXPIRED && (r.expiresAt() == null || r.expiresAt().isAfter(clock.instant()))) {
            return false;
        }
        Location location = locations.get(r.locationCode());
        ledger.apply(List.of(Move.reservation(r.sku(), location, MovementKind.RELEASE, -r.quantity(), SOURCE,
                r.orderRef() + "/" + r.lineRef())), null);
        setStatus(r, to);
        events.publishEvent(new StockReleased(r.orderRef(), r.lineRef(), r.sku(), location.code(), r.quantity(),
                to == Status.EXPIRED));
        return true;
    }

    private void setStatus(Reservation r, Status status) {
        jdbc.sql("update stock_reservation set status = ?, closed_at = ? where order_ref = ? and line_ref = ?")
                .params(status.name(), Timestamp.from(clock.instant()), r.orderRef(), r.lineRef()).update();
    }

    private Optional<Reservation> lock(String orderRef, String lineRef) {
        return jdbc.sql("""
                select r.*, l.code from stock_reservation r join stock_location l on l.id = r.location_id
                where r.order_ref = ? and r.line_ref = ? for update of r""")
                .params(orderRef == null ? "" : orderRef.strip(), lineRef == null ? "" : lineRef.strip())
                .query(Reservations::reservation).optional();
    }

    private Optional<Reservation> find(String orderRef, String lineRef) {
        return jdbc.sql("""
                select r.*, l.code from stock_reservation r join stock_location l on l.id = r.location_id
                where r.order_ref = ? and r.line_ref = ?""")
                .params(orderRef, lineRef).query(Reservations::reservation).optional();
    }

    private static String ref(@Nullable String value, String field) {
        String v = value == null ? "" : value.strip();
        if (!REF.matcher(v).matches()) {
            throw new InvalidStockInput(field, "Use 1 to 64 letters, digits, dots, colons, slashes or dashes.");
        }
        return v;
    }

    private static Reservation reservation(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp expires = rs.getTimestamp("expires_at");
        return new Reservation(rs.getString("order_ref"), rs.getString("line_ref"), rs.getString("sku"),
                rs.getString("code"), rs.getInt("quantity"), Status.valueOf(rs.getString("status")),
                expires == null ? null : expires.toInstant(), rs.getTimestamp("created_at").toInstant());
    }
}
