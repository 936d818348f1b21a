package dev.focal.inventory;

import dev.focal.catalog.SkuFacts;
import dev.focal.inventory.InventoryExceptions.InsufficientStock;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.InventoryExceptions.StockNotFound;
import dev.focal.inventory.InventoryExceptions.StockRecordChanged;
import dev.focal.inventory.StockLedger.Level;
import dev.focal.inventory.StockLedger.Move;
import dev.focal.shared.Actors;
import dev.focal.shared.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers of stock between locations as documents ("TR-2026-0001"): requested, dispatched (the stock leaves
 * the source through {@link MovementKind#TRANSFER_OUT} moves, first expiry first out unless the line names a
 * bin or lot, never touching stock reserved for orders, and is in transit: on no location's shelf, so not
 * sellable), then received at the destination in full or in parts ({@link MovementKind#TRANSFER_IN}, lots and
 * expiry dates as they left), with discrepancies per line (short, over, damaged, each with a note). A transfer
 * can be cancelled only before it is dispatched; one with units still missing is closed short.
 *
 * <p>Damaged units are recorded on the line but not booked into the destination's stock: they left the
 * source's books at dispatch and never become sellable. Units beyond what was dispatched (over) are booked in
 * with a note, like found stock.
 *
 * <p>Warehouse staff and admins act; every staff member reads. Every change names the version it was made
 * on, so two people acting on one transfer at once cannot both succeed.
 */
@Service
@Transactional(readOnly = true)
public class Transfers {

    /** The source type of a transfer's movements in the ledger (their source ref is the transfer number). */
    public static final String SOURCE = "TRANSFER";
    private static final UUID NO_BIN = new UUID(0, 0);

    public enum Status {
        REQUESTED("Requested"), DISPATCHED("In transit"), PARTIALLY_RECEIVED("Partially received"),
        RECEIVED("Received"), CLOSED("Closed short"), CANCELLED("Cancelled");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Dispatched and not yet fully arrived: its outstanding units are in transit. */
        public boolean inTransit() {
            return this == DISPATCHED || this == PARTIALLY_RECEIVED;
        }
    }

    public enum DiscrepancyKind {
        SHORT("Short"), OVER("Over"), DAMAGED("Damaged");

        private final String label;

        DiscrepancyKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A new transfer. {@code expectedOn} is when it should arrive (counted by availability to promise). */
    public record Draft(String fromLocation, String toLocation, @Nullable LocalDate expectedOn, @Nullable String note,
                        List<DraftLine> lines) {
        public Draft {
            lines = List.copyOf(lines);
        }
    }

    /** So many of a SKU (code or barcode); optionally from one bin and/or lot of the source. */
    public record DraftLine(String sku, int quantity, @Nullable String binCode, @Nullable String lot) {
    }

    /** What arrived for one line in one delivery: good units, damaged units, and a note for any difference. */
    public record ReceivedLine(UUID lineId, int received, int damaged, @Nullable String note) {
    }

    /** Filters of the transfer list; null means any. {@code location} matches either end. */
    public record Filter(@Nullable Status status, @Nullable String location, @Nullable String text) {
        public static Filter all() {
            return new Filter(null, null, null);
        }
    }

    public record Summary(UUID id, String number, String fromLocation, String toLocation, Status status,
                          @Nullable LocalDate expectedOn, int lines, int units, String createdBy, Instant createdAt) {
    }

    public record Discrepancy(DiscrepancyKind kind, int quantity, String note, String recordedBy, Instant recordedAt) {
    }

    public record LineView(UUID id, int lineNo, String sku, String description, int quantity, @Nullable String binCode,
                           String lot, int dispatched, int received, int damaged, int shortQuantity,
                           List<Discrepancy> discrepancies) {
        /** Dispatched units that have neither arrived nor been written off as damaged or short: in transit. */
        public int outstanding() {
            return Math.max(0, dispatched - received - damaged - shortQuantity);
        }
    }

    public record Details(UUID id, String number, String fromLocation, String fromName, String toLocation,
                          String toName, Status status, @Nullable LocalDate expectedOn, @Nullable String note,
                          String createdBy, Instant createdAt, @Nullable String dispatchedBy,
                          @Nullable Instant dispatchedAt, @Nullable String finishedBy, @Nullable Instant finishedAt,
                          long version, List<LineView> lines) {
        public int outstanding() {
            return lines.stream().mapToInt(LineView::outstanding).sum();
        }
    }

    private final JdbcClient jdbc;
    private final Inventory inventory;
    private final StockLedger ledger;
    private final StockDocuments numbers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Transfers(JdbcClient jdbc, Inventory inventory, StockLedger ledger, StockDocuments numbers,
              ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.inventory = inventory;
        this.ledger = ledger;
        this.numbers = numbers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Requests a transfer. Nothing moves yet.
     *
     * @throws InvalidStockInput naming the field ({@code fromLocation}, {@code toLocation}, {@code expectedOn},
     *                           {@code note}, {@code lines}, {@code lines[0].sku}, {@code lines[0].quantity},
     *                           {@code lines[0].binCode}, {@code lines[0].lot})
     */
    @Transactional
    @PreAuthorize(Inventory.STOCK_KEEPERS)
    public String create(Draft draft) {
        Location from = location(draft.fromLocation(), "fromLocation");
        Location to = location(draft.toLocation(), "toLocation");
        if (from.id().equals(to.id())) {
            throw new InvalidStockInput("toLocation", "Choose a destination other than the source.");
        }
        if (draft.expectedOn() != null && draft.expectedOn().isBefore(LocalDate.now(clock))) {
            throw new InvalidStockInput("expectedOn", "The expected arrival cannot be in the past.");
        }
        String note = note(draft.note(), "note");
        if (draft.lines().isEmpty()) {
            throw new InvalidStockInput("lines", "Add at least one SKU to transfer.");
        }
        if (draft.lines().size() > 500) {
            throw new InvalidStockInput("lines", "A transfer has at most 500 lines.");
        }
        record Checked(String sku, int quantity, @Nullable UUID bin, String lot) {
        }
        List<Checked> lines = new ArrayList<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            DraftLine line = draft.lines().get(i);
            String prefix = "lines[" + i + "].";
            SkuFacts sku;
            try {
                sku = inventory.sku(line.sku());
            } catch (InvalidStockInput e) {
                throw new InvalidStockInput(prefix + "sku", e.getMessage());
            }
            int quantity = Inventory.quantity(line.quantity(), prefix + "quantity");
            UUID bin;
            try {
                bin = inventory.bin(from, line.binCode());
            } catch (InvalidStockInput e) {
                throw new InvalidStockInput(prefix + "binCode", e.getMessage());
            }
            String lot;
            try {
                lot = Inventory.lot(line.lot());
            } catch (InvalidStockInput e) {
                throw new InvalidStockInput(prefix + "lot", e.getMessage());
            }
            lines.add(new Checked(sku.sku(), quantity, bin, lot));
        }
        UUID id = Ids.newId();
        String number = numbers.next("TR");
        jdbc.sql("""
                insert into stock_transfer (id, number, from_location_id, to_location_id, status, expected_on, note,
                    created_by, created_at)
                values (?, ?, ?, ?, 'REQUESTED', ?, ?, ?, ?)""")
                .params(id, number, from.id(), to.id(), draft.expectedOn(), note, Actors.current(),
                        Timestamp.from(clock.instant()))
                .update();
        int no = 1;
        for (Checked line : lines) {
            jdbc.sql("""
                    insert into stock_transfer_line (id, transfer_id, line_no, sku, quantity, source_bin_id, lot)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(Ids.newId(), id, no++, line.sku(), line.quantity(), line.bin(), line.lot()).update();
        }
        return number;
    }

    /**
     * Sends the stock on its way: every line leaves the source in full (first expiry first out from wherever it
     * is, or from the line's bin and lot), or nothing does.
     *
     * @param expectedOn when it should arrive; keeps the requested date when null
     * @throws InsufficientStock when a SKU does not have that much free (unreserved) stock at the source
     * @throws StockDocumentRefused when the transfer is not waiting for dispatch
     * @throws StockRecordChanged when someone changed it since {@code version} was read
     */
    @Transactional
    @PreAuthorize(Inventory.STOCK_KEEPERS)
    public Details dispatch(String number, long version, @Nullable LocalDate expectedOn) {
        Details transfer = get(number);
        if (expectedOn != null && expectedOn.isBefore(LocalDate.now(clock))) {
            throw new InvalidStockInput("expectedOn", "The expected arrival cannot be in the past.");
        }
        Instant now = clock.instant();
        transition(transfer, version, List.of(Status.REQUESTED), Status.DISPATCHED, """
                , dispatched_by = :actor, dispatched_at = :now, expected_on = coalesce(cast(:expected as date), expected_on)""",
                Map.of("actor", Actors.current(), "now", Timestamp.from(now)), expectedOn);
        Location from = inventory.activeLocation(transfer.fromLocation());
        Location to = locationFor(transfer.toLocation());
        Map<String, Integer> taken = new HashMap<>();
        List<Move> moves = new ArrayList<>();
        for (LineView line : transfer.lines()) {
            UUID bin = line.binCode() == null ? null : inventory.bin(from, line.binCode());
            List<Piece> pieces = plan(from, line, bin, taken);
            int no = 1;
            for (Piece piece : pieces) {
                moves.add(Move.stock(line.sku(), from, piece.bin(), piece.lot(), null, MovementKind.TRANSFER_OUT,
                        -piece.quantity(), null, SOURCE, number, "to " + to.code()));
                jdbc.sql("""
                        insert into stock_transfer_piece (id, line_id, piece_no, bin_id, lot, expires_on, quantity)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                        .params(Ids.newId(), line.id(), no++, piece.bin(), piece.lot(), piece.expiresOn(),
                                piece.quantity())
                        .update();
            }
            jdbc.sql("update stock_transfer_line set dispatched = quantity where id = ?").param(line.id()).update();
        }
        List<Level> levels = ledger.apply(moves, null);
        Map<String, Integer> units = new LinkedHashMap<>();
        transfer.lines().forEach(l -> units.merge(l.sku(), l.quantity(), Integer::sum));
        for (Level level : levels) {
            events.publishEvent(new StockDecremented(level.sku(), from.code(), units.getOrDefault(level.sku(), 0),
                    MovementKind.TRANSFER_OUT, number, level.onHand(), level.available()));
        }
        Details after = get(number);
        events.publishEvent(new TransferDispatched(number, from.code(), to.code(),
                units.values().stream().mapToInt(Integer::intValue).sum(), after.expectedOn()));
        return after;
    }

    /**
     * Books a delivery in at the destination: good units into {@code binCode} (or unplaced), with the lots and
     * expiry dates they left with; damaged and extra units recorded as discrepancies with the note. The
     * transfer is received when nothing is outstanding, partially received otherwise.
     *
     * @throws InvalidStockInput naming {@code lines}, {@code lines[0].received}, {@code lines[0].damaged},
     *                           {@code lines[0].note} or {@code binCode}
     */
    @Transactional
    @PreAuthorize(Inventory.STOCK_KEEPERS)
    public Details receive(String number, long version, @Nullable String binCode, List<ReceivedLine> delivery) {
        Details transfer = get(number);
        Location to = inventory.activeLocation(transfer.toLocation());
        UUID bin;
        try {
            bin = inventory.bin(to, binCode);
        } catch (InvalidStockInput e) {
            throw new InvalidStockInput("binCode", e.getMessage());
        }
        if (delivery.stream().noneMatch(l -> l.received() > 0 || l.damaged() > 0)) {
            throw new InvalidStockInput("lines", "Scan or enter what arrived.");
        }
        Map<UUID, LineView> lines = new LinkedHashMap<>();
        transfer.lines().forEach(l -> lines.put(l.id(), l));
        Map<UUID, Integer> seen = new HashMap<>();
        for (int i = 0; i < delivery.size(); i++) {
            ReceivedLine in = delivery.get(i);
            if (!lines.containsKey(in.lineId()) || seen.put(in.lineId(), i) != null) {
                throw new InvalidStockInput("lines", "A delivery line does not belong to " + number + " or appears twice.");
            }
        }
        transition(transfer, version, List.of(Status.DISPATCHED, Status.PARTIALLY_RECEIVED), null, "", Map.of(), null);

        String actor = Actors.current();
        Instant now = clock.instant();
        List<Move> moves = new ArrayList<>();
        Map<UUID, Integer> outstanding = new HashMap<>();
        lines.values().forEach(l -> outstanding.put(l.id(), l.outstanding()));
        for (int i = 0; i < delivery.size(); i++) {
            ReceivedLine in = delivery.get(i);
            String prefix = "lines[" + i + "].";
            LineView line = lines.get(in.lineId());
            if (in.received() < 0 || in.received() > Inventory.MAX_QUANTITY) {
                throw new InvalidStockInput(prefix + "received", "Enter how many arrived in good order (0 or more).");
            }
            if (in.damaged() < 0 || in.damaged() > Inventory.MAX_QUANTITY) {
                throw new InvalidStockInput(prefix + "damaged", "Enter how many arrived damaged (0 or more).");
            }
            if (in.received() == 0 && in.damaged() == 0) {
                continue;
            }
            int open = outstanding.get(line.id());
            int over = Math.max(0, in.received() + in.damaged() - open);
            String note = note(in.note(), prefix + "note");
            if ((over > 0 || in.damaged() > 0) && note == null) {
                throw new InvalidStockInput(prefix + "note", over > 0
                        ? in.received() + in.damaged() + " of " + line.sku() + " arrived but only " + open
                          + " were outstanding: say what happened."
                        : "Say what is damaged.");
            }
            if (over > 0) {
                discrepancy(line.id(), DiscrepancyKind.OVER, over, note, actor, now);
            }
            if (in.damaged() > 0) {
                discrepancy(line.id(), DiscrepancyKind.DAMAGED, in.damaged(), note, actor, now);
            }
            outstanding.put(line.id(), Math.max(0, open - in.received() - in.damaged()));
            moves.addAll(arrive(transfer.number(), to, bin, line, in.received(), in.damaged()));
            jdbc.sql("update stock_transfer_line set received = received + ?, damaged = damaged + ? where id = ?")
                    .params(in.received(), in.damaged(), line.id()).update();
        }
        if (!moves.isEmpty()) {
            ledger.apply(moves, null);
        }
        boolean complete = outstanding.values().stream().allMatch(o -> o == 0);
        jdbc.sql("""
                update stock_transfer set status = :status, finished_by = :by, finished_at = :at where number = :number""")
                .param("status", complete ? Status.RECEIVED.name() : Status.PARTIALLY_RECEIVED.name())
                .param("by", complete ? actor : null).param("at", complete ? Timestamp.from(now) : null)
                .param("number", number).update();
        events.publishEvent(new TransferReceived(number, to.code(), complete));
        return get(number);
    }

    /**
     * Gives up on what has not arrived: every outstanding unit is recorded short with the note and the
     * transfer is closed. The units left the source at dispatch, so no stock changes.
     */
    @Transactional
    @PreAuthorize(Inventory.STOCK_KEEPERS)
    public Details closeShort(String number, long version, String note) {
        Details transfer = get(number);
        String why = note(note, "note");
        if (why == null) {
            throw new InvalidStockInput("note", "Say what happened to the missing units.");
        }
        Instant now = clock.instant();
        String actor = Actors.current();
        transition(transfer, version, List.of(Status.DISPATCHED, Status.PARTIALLY_RECEIVED), Status.CLOSED,
                ", finished_by = :actor, finished_at = :now", Map.of("actor", actor, "now", Timestamp.from(now)), null);
        for (LineView line : transfer.lines()) {
            if (line.outstanding() > 0) {
                discrepancy(line.id(), DiscrepancyKind.SHORT, line.outstanding(), why, actor, now);
                jdbc.sql("update stock_transfer_line set short = short + ? where id = ?")
                        .params(line.outstanding(), line.id()).update();
            }
        }
        events.publishEvent(new TransferReceived(number, transfer.toLocation(), true));
        return get(number);
    }

    /** Cancels a transfer that has not been dispatched; a dispatched one is received or closed short instead. */
    @Transactional
    @PreAuthorize(Inventory.STOCK_KEEPERS)
    public Details cancel(String number, long version) {
        Details transfer = get(number);
        transition(transfer, version, List.of(Status.REQUESTED), Status.CANCELLED,
                ", finished_by = :actor, finished_at = :now",
                Map.of("actor", Actors.current(), "now", Timestamp.from(clock.instant())), null);
        return get(number);
    }

    /** @throws StockNotFound when there is no such transfer */
    @PreAuthorize(Inventory.STAFF)
    public Details get(String number) {
        String key = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        Details head = jdbc.sql("""
                select t.*, f.code as from_code, f.name as from_name, d.code as to_code, d.name as to_name
                from stock_transfer t join stock_location f on f.id = t.from_location_id
                join stock_location d on d.id = t.to_location_id where t.number = ?""")
                .param(key).query(Transfers::details).optional()
                .orElseThrow(() -> new StockNotFound("transfer " + key));
        Map<UUID, List<Discrepancy>> discrepancies = new HashMap<>();
        jdbc.sql("""
                select x.* from stock_transfer_discrepancy x join stock_transfer_line l on l.id = x.line_id
                where l.transfer_id = ? order by x.recorded_at, x.id""")
                .param(head.id())
                .query((rs, n) -> {
                    discrepancies.computeIfAbsent(rs.getObject("line_id", UUID.class), k -> new ArrayList<>())
                            .add(new Discrepancy(DiscrepancyKind.valueOf(rs.getString("kind")), rs.getInt("quantity"),
                                    rs.getString("note"), rs.getString("recorded_by"),
                                    rs.getTimestamp("recorded_at").toInstant()));
                    return 0;
                }).list();
        List<LineView> lines = jdbc.sql("""
                select l.*, %s as description, b.code as bin_code from stock_transfer_line l
                %s
                left join stock_bin_location b on b.id = l.source_bin_id
                where l.transfer_id = ? order by l.line_no""".formatted(InventorySkuStore.DESCRIPTION,
                        InventorySkuStore.JOIN.formatted("l")))
                .param(head.id())
                .query((rs, n) -> new LineView(rs.getObject("id", UUID.class), rs.getInt("line_no"), rs.getString("sku"),
                        rs.getString("description"), rs.getInt("quantity"), rs.getString("bin_code"), rs.getString("lot"),
                        rs.getInt("dispatched"), rs.getInt("received"), rs.getInt("damaged"), rs.getInt("short"),
                        discrepancies.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
        return new Details(head.id(), head.number(), head.fromLocation(), head.fromName(), head.toLocation(),
                head.toName(), head.status(), head.expectedOn(), head.note(), head.createdBy(), head.createdAt(),
                head.dispatchedBy(), head.dispatchedAt(), head.finishedBy(), head.finishedAt(), head.version(), lines);
    }

    /** Transfers matching the filter, newest first. */
    @PreAuthorize(Inventory.STAFF)
    public List<Summary> find(Filter filter, Pageable page) {
        return query(filter, """
                select t.id, t.number, f.code as from_code, d.code as to_code, t.status, t.expected_on, t.created_by,
                       t.created_at,
                       (select count(*) from stock_transfer_line l where l.transfer_id = t.id) as lines,
                       (select coalesce(sum(quantity), 0) from stock_transfer_line l where l.transfer_id = t.id) as units""",
                " order by t.created_at desc, t.number desc limit :limit offset :offset")
                .param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query((rs, n) -> new Summary(rs.getObject("id", UUID.class), rs.getString("number"),
                        rs.getString("from_code"), rs.getString("to_code"), Status.valueOf(rs.getString("status")),
                        rs.getObject("expected_on", LocalDate.class), rs.getInt("lines"), rs.getInt("units"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    @PreAuthorize(Inventory.STAFF)
    public long count(Filter filter) {
        return query(filter, "select count(*)", "").query(Long.class).single();
    }

    private JdbcClient.StatementSpec query(Filter filter, String select, String tail) {
        String text = filter.text() == null || filter.text().isBlank() ? null
                : "%" + filter.text().strip().toUpperCase(Locale.ROOT) + "%";
        String location = filter.location() == null || filter.location().isBlank() ? null
                : filter.location().strip().toUpperCase(Locale.ROOT);
        return jdbc.sql(select + """
                 from stock_transfer t join stock_location f on f.id = t.from_location_id
                join stock_location d on d.id = t.to_location_id
                where (cast(:status as varchar) is null or t.status = :status)
                  and (cast(:location as varchar) is null or f.code = :location or d.code = :location)
                  and (cast(:text as varchar) is null or t.number like :text
                       or exists (select 1 from stock_transfer_line l where l.transfer_id = t.id and l.sku like :text))
                """ + tail)
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("location", location).param("text", text);
    }

    /** What is in transit to any location, for availability to promise ({@link TransfersInTransit}). */
    List<InboundSupply.Incoming> inTransit(String sku) {
        return jdbc.sql("""
                select t.number, d.code, l.dispatched - l.received - l.damaged - l.short as outstanding, t.expected_on
                from stock_transfer_line l join stock_transfer t on t.id = l.transfer_id
                join stock_location d on d.id = t.to_location_id
                where l.sku = ? and t.status in ('DISPATCHED', 'PARTIALLY_RECEIVED') and t.expected_on is not null
                  and l.dispatched - l.received - l.damaged - l.short > 0
                order by t.expected_on, t.number""")
                .param(Inventory.normalSku(sku))
                .query((rs, n) -> new InboundSupply.Incoming(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    private record Piece(@Nullable UUID bin, String lot, @Nullable LocalDate expiresOn, int quantity) {
    }

    /** Where a line's units come from: first expiry first, unplaced before binned, within the line's bin and lot. */
    private List<Piece> plan(Location from, LineView line, @Nullable UUID bin, Map<String, Integer> taken) {
        List<Piece> places = jdbc.sql("""
                select bin_id, lot, expires_on, on_hand from stock_bin
                where sku = :sku and location_id = :location and on_hand > 0
                  and (cast(:bin as uuid) is null or bin_id = :bin) and (:lot = '' or lot = :lot)
                order by expires_on nulls last, bin_id nulls first, lot, id""")
                .param("sku", line.sku()).param("location", from.id()).param("bin", bin).param("lot", line.lot())
                .query((rs, n) -> new Piece(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getInt(4)))
                .list();
        int wanted = line.quantity();
        List<Piece> pieces = new ArrayList<>();
        for (Piece place : places) {
            if (wanted == 0) {
                break;
            }
            String key = line.sku() + "|" + Objects.requireNonNullElse(place.bin(), NO_BIN) + "|" + place.lot();
            int left = place.quantity() - taken.getOrDefault(key, 0);
            int take = Math.min(wanted, left);
            if (take > 0) {
                pieces.add(new Piece(place.bin(), place.lot(), place.expiresOn(), take));
                taken.merge(key, take, Integer::sum);
                wanted -= take;
            }
        }
        if (wanted > 0) {
            int there = line.quantity() - wanted;
            String where = (line.binCode() == null ? "" : " in bin " + line.binCode())
                           + (line.lot().isEmpty() ? "" : " of lot " + line.lot());
            throw new InsufficientStock(line.sku(), from.code(), line.quantity(), there,
                    "Only " + there + " of " + line.sku() + " are at " + from.code() + where + "; line " + line.lineNo()
                    + " asks for " + line.quantity() + ".");
        }
        return pieces;
    }

    /** The moves that book {@code good} units in, taking lots in the order they left; damaged units use up lots too. */
    private List<Move> arrive(String number, Location to, @Nullable UUID bin, LineView line, int good, int damaged) {
        record Left(UUID id, String lot, @Nullable LocalDate expiresOn, int open) {
        }
        List<Left> pieces = jdbc.sql("""
                select id, lot, expires_on, quantity - received from stock_transfer_piece where line_id = ?
                order by piece_no""")
                .param(line.id())
                .query((rs, n) -> new Left(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getInt(4)))
                .list();
        Map<String, Integer> byLot = new LinkedHashMap<>();
        Map<String, LocalDate> expiry = new HashMap<>();
        int goodLeft = good;
        int damagedLeft = damaged;
        for (Left piece : pieces) {
            int open = piece.open();
            int g = Math.min(goodLeft, open);
            int d = Math.min(damagedLeft, open - g);
            if (g + d > 0) {
                jdbc.sql("update stock_transfer_piece set received = received + ? where id = ?")
                        .params(g + d, piece.id()).update();
            }
            if (g > 0) {
                byLot.merge(piece.lot(), g, Integer::sum);
                if (piece.expiresOn() != null) {
                    expiry.put(piece.lot(), piece.expiresOn());
                }
            }
            goodLeft -= g;
            damagedLeft -= d;
        }
        if (goodLeft > 0) {
            // More arrived than left the source: booked in like found stock, with the line's last lot.
            Left last = pieces.isEmpty() ? null : pieces.getLast();
            String lot = last == null ? line.lot() : last.lot();
            byLot.merge(lot, goodLeft, Integer::sum);
            if (last != null && last.expiresOn() != null) {
                expiry.put(lot, last.expiresOn());
            }
        }
        List<Move> moves = new ArrayList<>();
        byLot.forEach((lot, quantity) -> moves.add(Move.stock(line.sku(), to, bin, lot, expiry.get(lot),
                MovementKind.TRANSFER_IN, quantity, null, SOURCE, number, null)));
        return moves;
    }

    private void discrepancy(UUID line, DiscrepancyKind kind, int quantity, @Nullable String note, String actor,
                             Instant at) {
        jdbc.sql("""
                insert into stock_transfer_discrepancy (id, line_id, kind, quantity, note, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(Ids.newId(), line, kind.name(), quantity, note == null ? kind.label() : note, actor,
                        Timestamp.from(at))
                .update();
    }

    /**
     * Moves the transfer on (or only bumps its version when {@code to} is null) if it is still at
     * {@code version} and in one of {@code from}; otherwise says why not.
     */
    private void transition(Details transfer, long version, List<Status> from, @Nullable Status to, String extraSet,
                            Map<String, Object> extra, @Nullable LocalDate expectedOn) {
        var statement = jdbc.sql("""
                update stock_transfer set version = version + 1, status = coalesce(:to, status)%s
                where id = :id and version = :version and status in (:from)""".formatted(extraSet))
                .param("to", to == null ? null : to.name()).param("id", transfer.id()).param("version", version)
                .param("from", from.stream().map(Status::name).toList());
        if (extraSet.contains(":expected")) {
            statement = statement.param("expected", expectedOn);
        }
        for (var e : extra.entrySet()) {
            statement = statement.param(e.getKey(), e.getValue());
        }
        if (statement.update() == 1) {
            return;
        }
        if (transfer.version() != version) {
            throw new StockRecordChanged("Transfer " + transfer.number());
        }
        Details now = get(transfer.number());
        if (!from.contains(now.status())) {
            throw new StockDocumentRefused(refusal(now, to));
        }
        throw new StockRecordChanged("Transfer " + transfer.number());
    }

    private static String refusal(Details transfer, @Nullable Status wanted) {
        String is = transfer.number() + " is " + transfer.status().label().toLowerCase(Locale.ROOT);
        if (wanted == Status.CANCELLED) {
            return is + ": only a transfer that has not been dispatched can be cancelled"
                   + (transfer.status().inTransit() ? "; receive it or close it short instead." : ".");
        }
        if (wanted == Status.DISPATCHED) {
            return is + ": it can be dispatched only once, while it is requested.";
        }
        return is + ": only a dispatched transfer can be received or closed.";
    }

    private Location location(@Nullable String code, String field) {
        try {
            return inventory.activeLocation(code);
        } catch (InvalidStockInput e) {
            throw new InvalidStockInput(field, e.getMessage());
        }
    }

    private Location locationFor(String code) {
        return jdbc.sql("select * from stock_location where code = ?").param(code)
                .query((rs, n) -> new Location(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                        LocationKind.valueOf(rs.getString("kind")), rs.getBoolean("active"), rs.getLong("version")))
                .single();
    }

    private static @Nullable String note(@Nullable String note, String field) {
        String n = note == null ? "" : note.strip();
        if (n.length() > 500) {
            throw new InvalidStockInput(field, "Keep the note to 500 characters.");
        }
        return n.isEmpty() ? null : n;
    }

    private static Details details(ResultSet rs, int row) throws SQLException {
        Timestamp dispatched = rs.getTimestamp("dispatched_at");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Details(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("from_code"),
                rs.getString("from_name"), rs.getString("to_code"), rs.getString("to_name"),
                Status.valueOf(rs.getString("status")), rs.getObject("expected_on", LocalDate.class),
                rs.getString("note"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("dispatched_by"), dispatched == null ? null : dispatched.toInstant(),
                rs.getString("finished_by"), finished == null ? null : finished.toInstant(), rs.getLong("version"),
                List.of());
    }
}
