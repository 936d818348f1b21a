package dev.focal.inventory;

import dev.focal.inventory.InventoryExceptions.InsufficientStock;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.StockLedger.Move;
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

    private final ReservationStore store;
    private final StockLedger ledger;
    private final Locations locations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Reservations(ReservationStore store, StockLedger ledger, Locations locations,
                 ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
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
    public List<Reservation> reserve(ReservationRequest request) {
        String order = ref(request.orderRef(), "orderRef");
        if (request.lines().isEmpty()) {
            throw new InvalidStockInput("lines", "A reservation needs at least one line.");
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(clock.instant())) {
            throw new InvalidStockInput("expiresAt", "A hold must expire in the future.");
        }
        Instant now = clock.instant();
        if (request.lines().size() == 1) {
            ReservationLine line = request.lines().getFirst();
            String lineRef = ref(line.lineRef(), "lines[0].lineRef");
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return List.of(reserveAtCommit(order, lineRef, line, request.expiresAt(), now));
            }
            return List.of(reserveOne(order, lineRef, line, request.expiresAt(), now));
        }
        return transaction.execute(status -> reserveLines(order, request, now));
    }

    private List<Reservation> reserveLines(String order, ReservationRequest request, Instant now) {
        List<Move> moves = new ArrayList<>();
        List<StockReserved.ReservedLine> reserved = new ArrayList<>();
        Set<String> lineRefs = new HashSet<>();
        for (int i = 0; i < request.lines().size(); i++) {
            ReservationLine line = request.lines().get(i);
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
            if (!store.insertIfInCatalog(order, lineRef, sku, location.id(), quantity, request.expiresAt(), now)) {
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
    private Reservation reserveOne(String order, String lineRef, ReservationLine line, @Nullable Instant expiresAt, Instant now) {
        String sku = Inventory.normalSku(line.sku());
        if (sku.isEmpty()) {
            throw new InvalidStockInput("lines[0].sku", "Name the SKU.");
        }
        int quantity = Inventory.quantity(line.quantity(), "lines[0].quantity");
        String locationCode = line.locationCode() == null ? "" : line.locationCode().strip().toUpperCase(java.util.Locale.ROOT);
        // The reservation row and its ledger movement, before the stock row is locked: if the conditional update
        // below finds too little stock, the exception rolls both back.
        int inserted = insertReservation(order, lineRef, sku, locationCode, quantity, expiresAt, now, false);
        if (inserted == 0) {
            return earlierOrRefusal(order, lineRef, sku, locationCode, line);
        }
        Optional<ReservationStore.Taken> outcome = store.take(sku, locationCode, quantity, now);
        if (outcome.isEmpty()) {
            throw shortage(sku, locationCode, quantity);
        }
        ReservationStore.Taken o = outcome.get();
        if (Boolean.TRUE.equals(o.low())) {
            events.publishEvent(new StockLow(sku, locationCode, o.onHand() - o.reserved(), o.reorderPoint(),
                    o.safetyStock()));
        }
        events.publishEvent(new StockReserved(order, List.of(new StockReserved.ReservedLine(lineRef, sku, locationCode,
                quantity))));
        return new Reservation(order, lineRef, sku, locationCode, quantity, ReservationStatus.ACTIVE, expiresAt, now);
    }

    /**
     * A one-line reservation in a transaction of its own: the reservation row (with {@code take_at_commit}) and
     * its movement are written, and a deferred trigger takes the stock inside COMMIT (migration V10), so the
     * stock row is locked only for that update and the commit's flush. Too little stock fails the commit, which
     * rolls everything back; it is reported as {@link InsufficientStock} like on the other paths. The reorder
     * point is checked afterwards in a transaction of its own (the flag and its event together).
     */
    private Reservation reserveAtCommit(String order, String lineRef, ReservationLine line, @Nullable Instant expiresAt,
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
                return new Reservation(order, lineRef, sku, locationCode, quantity, ReservationStatus.ACTIVE, expiresAt, now);
            });
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            if (hasState(e, "FOC01")) {
                throw shortage(sku, locationCode, quantity);
            }
            throw e;
        }
        // Usually nothing crosses: one read without a transaction tells, and only a crossing opens one.
        boolean crossing = made[0] && store.reorderFlagStale(sku, locationCode);
        if (crossing) {
            transaction.executeWithoutResult(status -> store.refreshReorderFlag(sku, locationCode).stream()
                    .filter(ReservationStore.LowFlag::low)
                    .forEach(flag -> events.publishEvent(new StockLow(sku, locationCode, flag.available(),
                            flag.reorderPoint(), flag.safetyStock()))));
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
        return store.insertWithMovement(order, lineRef, sku, locationCode, quantity, expiresAt, now, takeAtCommit,
                order + "/" + lineRef, dev.focal.shared.Actors.current());
    }

    /** A line that inserted nothing: reserved before (the stored reservation), or an unknown location or SKU. */
    private Reservation earlierOrRefusal(String order, String lineRef, String sku, String locationCode, ReservationLine line) {
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
        return close(orderRef, lineRef, ReservationStatus.RELEASED);
    }

    /** Releases every active line of an order (a cancelled order); returns how many were released. */
    @Transactional
    @PreAuthorize("permitAll()")
    public int releaseOrder(String orderRef) {
        int released = 0;
        for (Reservation r : ofOrder(orderRef)) {
            if (r.status() == ReservationStatus.ACTIVE && close(r.orderRef(), r.lineRef(), ReservationStatus.RELEASED)) {
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
        if (r.status() == ReservationStatus.PICKED) {
            return r;
        }
        if (r.status() != ReservationStatus.ACTIVE) {
            throw new InvalidStockInput("lineRef", "The reservation of " + orderRef + "/" + lineRef + " was "
                    + r.status().name().toLowerCase(java.util.Locale.ROOT) + "; reserve again.");
        }
        Location location = locations.get(r.locationCode());
        String source = r.orderRef() + "/" + r.lineRef();
        var after = ledger.apply(List.of(Move.fromAnyBin(r.sku(), location, MovementKind.PICK, -r.quantity(),
                -r.quantity(), null, SOURCE, source, null)), null).getFirst();
        setStatus(r, ReservationStatus.PICKED);
        events.publishEvent(new StockDecremented(r.sku(), location.code(), r.quantity(), MovementKind.PICK, source,
                after.onHand(), after.available()));
        return find(orderRef, lineRef).orElseThrow();
    }

    @PreAuthorize("permitAll()")
    public List<Reservation> ofOrder(String orderRef) {
        return store.ofOrder(orderRef == null ? "" : orderRef.strip());
    }

    /** Active reservations of a SKU (at one location when given), for the stock screens. */
    @PreAuthorize(InventoryAccess.STAFF)
    public List<Reservation> activeFor(String sku, @Nullable String locationCode) {
        return store.activeFor(Inventory.normalSku(sku), locationCode);
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
        List<ReservationStore.Due> due = store.dueHolds(clock.instant());
        int expired = 0;
        for (ReservationStore.Due key : due) {
            Boolean done = transaction.execute(status -> close(key.orderRef(), key.lineRef(), ReservationStatus.EXPIRED));
            if (Boolean.TRUE.equals(done)) {
                expired++;
            }
        }
        return expired;
    }

    private boolean close(String orderRef, String lineRef, ReservationStatus to) {
        var locked = lock(orderRef, lineRef);
        if (locked.isEmpty() || locked.get().status() != ReservationStatus.ACTIVE) {
            return false;
        }
        Reservation r = locked.get();
        if (to == ReservationStatus.EXPIRED && (r.expiresAt() == null || r.expiresAt().isAfter(clock.instant()))) {
            return false;
        }
        Location location = locations.get(r.locationCode());
        ledger.apply(List.of(Move.reservation(r.sku(), location, MovementKind.RELEASE, -r.quantity(), SOURCE,
                r.orderRef() + "/" + r.lineRef())), null);
        setStatus(r, to);
        events.publishEvent(new StockReleased(r.orderRef(), r.lineRef(), r.sku(), location.code(), r.quantity(),
                to == ReservationStatus.EXPIRED));
        return true;
    }

    private void setStatus(Reservation r, ReservationStatus status) {
        store.setStatus(r.orderRef(), r.lineRef(), status, clock.instant());
    }

    private Optional<Reservation> lock(String orderRef, String lineRef) {
        return store.lock(orderRef == null ? "" : orderRef.strip(), lineRef == null ? "" : lineRef.strip());
    }

    private Optional<Reservation> find(String orderRef, String lineRef) {
        return store.find(orderRef, lineRef);
    }

    private static String ref(@Nullable String value, String field) {
        String v = value == null ? "" : value.strip();
        if (!REF.matcher(v).matches()) {
            throw new InvalidStockInput(field, "Use 1 to 64 letters, digits, dots, colons, slashes or dashes.");
        }
        return v;
    }
}
