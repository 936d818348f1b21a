package dev.focal.inventory;

import dev.focal.catalog.SkuFacts;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cycle counts: a count sheet ("CC-2026-0001") for a location, some of its bins, or some SKUs at it, created
 * with a snapshot of the expected quantity per bin and SKU (lots added up: a scanner reads the SKU, not the
 * lot); blind counting by scanning a bin and then its units (each scan +1) or typing a count; submitting; then
 * review by a second person who approves (variances become {@link MovementKind#ADJUSTMENT} moves with reason
 * {@link AdjustmentReason#COUNT}) or sends lines back for recount. The counter never sees expected quantities.
 *
 * <p><b>Stock that moved after the snapshot.</b> A variance is applied as the delta counted - expected to the
 * stock as it is at approval. That is only right if the stock of that bin and SKU did not change between the
 * snapshot and approval: otherwise the count may or may not include the change. So approval first locks the
 * sheet's stock rows and compares each line's current stock with its snapshot; if any line with a variance
 * changed, nothing is approved and the reviewer is told which lines to send back for recount (a recount takes
 * a fresh snapshot of those lines). Lines without a variance need no adjustment and never block.
 *
 * <p>A decrease is taken from the bin's lots first expiry first; an increase goes to the bin's latest-expiring
 * lot of the SKU (no lot when there is none). Reserved stock cannot be counted away: the ledger refuses a
 * decrease below what is reserved at the location, and the approval says so.
 *
 * <p>Warehouse staff and admins create, count and review; every staff member reads the list. Nobody approves
 * or sends back a sheet they counted.
 */
@Service
@Transactional(readOnly = true)
public class CycleCounts {

    /** The source type of a count sheet's adjustments in the ledger (their source ref is the sheet number). */
    public static final String SOURCE = "COUNT";
    private static final UUID NO_BIN = new UUID(0, 0);

    public enum Scope {
        LOCATION("Whole location"), BINS("Bins"), SKUS("SKUs");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        COUNTING("Counting"), SUBMITTED("Waiting for review"), APPROVED("Approved"), CANCELLED("Cancelled");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A new sheet; {@code binCodes} for {@link Scope#BINS}, {@code skus} for {@link Scope#SKUS}. */
    public record NewSheet(String locationCode, Scope scope, List<String> binCodes, List<String> skus) {
        public NewSheet {
            binCodes = List.copyOf(binCodes);
            skus = List.copyOf(skus);
        }
    }

    public record Summary(UUID id, String number, String locationCode, Scope scope, String scopeText, Status status,
                          int lines, int counted, String createdBy, Instant createdAt, long version) {
    }

    /** A line as the counter sees it: what they counted, never what was expected. */
    public record CountedLine(UUID id, @Nullable String binCode, String sku, String description, int counted,
                              boolean recount) {
    }

    /** The sheet for counting: its places and what has been counted so far. */
    public record Sheet(UUID id, String number, String locationCode, Scope scope, String scopeText, Status status,
                        long version, List<CountedLine> counted, List<String> recountPlaces) {
    }

    /** A line for review: expected (snapshot), counted, the variance, and today's stock of the place. */
    public record VarianceLine(UUID id, @Nullable String binCode, String sku, String description, int expected,
                               @Nullable Integer counted, int now, boolean recount) {
        public int variance() {
            return counted == null ? 0 : counted - expected;
        }

        /** The place's stock changed since the snapshot while the count differs: approving would guess. */
        public boolean stale() {
            return now != expected && variance() != 0;
        }

        public String placeLabel() {
            return binCode == null ? "not put away" : binCode;
        }
    }

    public record Review(UUID id, String number, String locationCode, Scope scope, String scopeText, Status status,
                         long version, String createdBy, Set<String> counters, @Nullable String approvedBy,
                         @Nullable Instant approvedAt, List<VarianceLine> lines) {
    }

    /** What a scan did on a sheet. */
    public sealed interface ScanOutcome {
        /** The bin is now the place being counted ({@code null} code = stock not put away). */
        record BinChosen(@Nullable String binCode) implements ScanOutcome {
        }

        /** One more unit of a SKU in the current place; {@code counted} is the line's count now. */
        record Counted(CountedLine line) implements ScanOutcome {
        }

        /** Nothing changed; the message says why (unknown barcode, not on this sheet, no bin chosen yet). */
        record Refused(String message) implements ScanOutcome {
        }
    }

    private final JdbcClient jdbc;
    private final Inventory inventory;
    private final Locations locations;
    private final StockLedger ledger;
    private final StockDocuments numbers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CycleCounts(JdbcClient jdbc, Inventory inventory, Locations locations, StockLedger ledger, StockDocuments numbers,
                ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.inventory = inventory;
        this.locations = locations;
        this.ledger = ledger;
        this.numbers = numbers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a sheet with its snapshot of expected stock per bin and SKU.
     *
     * @throws InvalidStockInput naming {@code location}, {@code binCodes} or {@code skus}
     */
    @Transactional
    @PreAuthorize(Inventory.STOCK_KEEPERS)
    public String create(NewSheet sheet) {
        Location location = inventory.activeLocation(sheet.locationCode());
        if (sheet.scope() == null) {
            throw new InvalidStockInput("scope", "Choose what to count.");
        }
        Set<UUID> bins = new LinkedHashSet<>();
        Set<String> skus = new LinkedHashSet<>();
        String scopeText = switch (sheet.scope()) {
            case LOCATION -> "All of " + location.code();
            case BINS -> {
                if (sheet.binCodes().isEmpty()) {
                    throw new InvalidStockInput("binCodes", "Scan or enter the bins to count.");
                }
                List<String> codes = new ArrayList<>();
                for (String code : sheet.binCodes()) {
                    UUID bin;
                    try {
                        bin = inventory.bin(location, code);
                    } catch (InvalidStockInput e) {
                        throw new InvalidStockInput("binCodes", e.getMessage());
                    }
                    if (bin != null && bins.add(bin)) {
                        codes.add(locations.findBin(bin).orElseThrow().code());
                    }
                }
                yield abbreviate("Bins " + String.join(", ", codes));
            }
            case SKUS -> {
                if (sheet.skus().isEmpty()) {
                    throw new InvalidStockInput("skus", "Scan or enter the SKUs to count.");
                }
                for (String code : sheet.skus()) {
                    try {
                        skus.add(inventory.sku(code).sku());
                    } catch (InvalidStockInput e) {
                        throw new InvalidStockInput("skus", e.getMessage());
                    }
                }
                yield abbreviate("SKUs " + String.join(", ", skus));
            }
        };
        if (bins.size() > 2000 || skus.size() > 2000) {
            throw new InvalidStockInput(sheet.scope() == Scope.BINS ? "binCodes" : "skus", "Count at most 2000 at once.");
        }
        UUID id = Ids.newId();
        String number = numbers.next("CC");
        Instant now = clock.instant();
        jdbc.sql("""
                insert into stock_count (id, number, location_id, scope, scope_text, status, created_by, created_at)
                values (?, ?, ?, ?, ?, 'COUNTING', ?, ?)""")
                .params(id, number, location.id(), sheet.scope().name(), scopeText, Actors.current(), Timestamp.from(now))
                .update();
        for (UUID bin : bins) {
            jdbc.sql("insert into stock_count_bin (count_id, bin_id) values (?, ?)").params(id, bin).update();
        }
        for (String sku : skus) {
            jdbc.sql("insert into stock_count_sku (count_id, sku) values (?, ?)").params(id, sku).update();
        }
        jdbc.sql("""
                insert into stock_count_line (id, count_id, bin_id, sku, expected, snapshot_at)
                select gen_random_uuid(), :count, b.bin_id, b.sku, sum(b.on_hand), :now from stock_bin b
                where b.location_id = :location and b.on_hand > 0
                  and (:scope <> 'BINS' or b.bin_id in (select bin_id from stock_count_bin where count_id = :count))
                  and (:scope <> 'SKUS' or b.sku in (select sku from stock_count_sku where count_id = :count))
                group by b.bin_id, b.sku""")
                .param("count", id).param("now", Timestamp.from(now)).param("location", location.id())
                .param("scope", sheet.scope().name()).update();
        return number;
    }

    /**
     * Takes one scan while counting: a bin code chooses the place, a SKU's barcode or code adds one unit there.
     * Unknown codes, bins outside the sheet and SKUs not on it are refused with a message and change nothing.
     *
     * @param currentBin the place being counted: a bin code, {@code ""} for stock not put away, null for none yet
     */
    @Transactional
    @PreAuthorize(Inventory.STOCK_KEEPERS)
    public ScanOutcome scan(String number, @Nullable String currentBin, String scanned) {
        Head sheet = counting(number);
        Scan scan = inventory.identify(scanned);
        return switch (scan) {
            case Scan.OfBin(String code, BinLocation bin) -> {
                String problem = binProblem(sheet, bin);
                if (problem != null) {
                    yield new ScanOutcome.Refused(problem);
                }
                visit(sheet, bin.id());
                yield new ScanOutcome.BinChosen(bin.code());
            }
            case Scan.OfSku(String code, SkuFacts sku) -> {
                if (currentBin == null) {
                    yield new ScanOutcome.Refused("Scan the bin first, then the units in it.");
                }
                yield add(sheet, place(sheet, currentBin), sku, 1, false);
            }
            case Scan.Unknown(String code) -> new ScanOutcome.Refused(code.isEmpty() ? "Nothing was scanned."
                    : "Unknown barcode " + code + ": not a SKU or bin in Focal. Put the item aside for a supervisor.");
        };
    }

    /**
     * Chooses the place being counted by hand: a bin code, or {@code ""} / null for stock not put away.
     *
     * @throws InvalidStockInput naming {@code bin}
     */
    @Transactional
    @PreAuthorize(Inventory.STOCK_KEEPERS)
    public ScanOutcome.BinChosen choosePlace(String number, @Nullable String binCode) {
        Head sheet = counting(number);
        UUID bin = place(sheet, binCode == null ? "" : binCode);
        visit(sheet, bin);
        return new ScanOutcome.BinChosen(bin == null ? null : locations.findBin(bin).orElseThrow().code());
    }

    /**
     * Sets the count of a SKU in a place (for units too many to scan one by one, or a correction).
     *
     * @throws InvalidStockInput naming {@code sku}, {@code bin} or {@code counted}
     */
    @Transactional
    @PreAuthorize(Inventory.STOCK_KEEPERS)
    public CountedLine setCount(String number, @Nullable String binCode, String sku, int counted) {
        Head sheet = counting(number);
        if (counted < 0 || counted > Inventory.MAX_QUANTITY) {
            throw new InvalidStockInput("counted", "Enter the number of units counted (0 or more).");
        }
        SkuFacts facts = inventory.sku(sku);
        ScanOutcome outcome = add(sheet, place(sheet, binCode == null ? "" : binCode), facts, counted, true);
        return switch (outcome) {
            case ScanOutcome.Counted(CountedLine line) -> line;
            case ScanOutcome.Refused(String message) -> throw new InvalidStockInput("sku", message);
            case ScanOutcome.BinChosen c -> throw new IllegalStateException();
        };
    }

    /**
     * Hands the sheet over for review. Lines in visited places that were not counted were found empty; a
     * place with expected stock that was never visited blocks submitting.
     *
     * @throws StockDocumentRefused naming the places still to count
     */
    @Transactional
    @PreAuthorize(Inventory.STOCK_KEEPERS)
    public void submit(String number, long version) {
        Head sheet = head(number);
        List<String> unvisited = jdbc.sql("""
                select distinct coalesce(b.code, 'not put away') from stock_count_line l
                left join stock_bin_location b on b.id = l.bin_id
                where l.count_id = ? and l.counted is null and not l.visited order by 1""")
                .param(sheet.id()).query(String.class).list();
        if (!unvisited.isEmpty()) {
            throw new StockDocumentRefused("Count these places first (scan the bin, then its units; scan the bin "
                    + "alone if it is empty): " + abbreviate(String.join(", ", unvisited)));
        }
        move(sheet, version, Status.COUNTING, Status.SUBMITTED,
                ", submitted_by = :actor, submitted_at = :now");
        jdbc.sql("update stock_count_line set counted = 0 where count_id = ? and counted is null and visited")
                .param(sheet.id()).update();
    }

    /**
     * Sends lines back for recounting: they get a fresh snapshot and an empty count, and the sheet is counted
     * again (the counter sees which places to recount, not why).
     */
    @Transactional
    @PreAuthorize(Inventory.STOCK_KEEPERS)
    public void sendBack(String number, long version, List<UUID> lineIds) {
        Head sheet = head(number);
        notACounter(sheet, "send it back");
        if (lineIds.isEmpty()) {
            throw new InvalidStockInput("lines", "Choose the lines to recount.");
        }
        move(sheet, version, Status.SUBMITTED, Status.COUNTING, "");
        Instant now = clock.instant();
        int changed = jdbc.sql("""
                update stock_count_line l set counted = null, visited = false, recount = true, counted_by = null,
                    counted_at = null, snapshot_at = :now,
                    expected = coalesce((select sum(b.on_hand) from stock_bin b where b.sku = l.sku
                        and b.location_id = :location
                        and coalesce(b.bin_id, '00000000-0000-0000-0000-000000000000'::uuid)
                            = coalesce(l.bin_id, '00000000-0000-0000-0000-000000000000'::uuid)), 0)
                where l.count_id = :count and l.id in (:ids)""")
                .param("now", Timestamp.from(now)).param("location", sheet.locationId()).param("count", sheet.id())
                .param("ids", lineIds).update();
        if (changed != new LinkedHashSet<>(lineIds).size()) {
            throw new InvalidStockInput("lines", "Some of those lines are not on " + sheet.number() + ".");
        }
    }

    /**
     * Approves the counted sheet: every variance becomes an adjustment with reason COUNT in one transaction.
     * Refused for anyone who counted it, and when a line with a variance had its stock change since the
     * snapshot (send it back for recount; see the class comment).
     *
     * @throws StockDocumentRefused with the reason
     * @throws InventoryExceptions.InsufficientStock when a decrease would take stock reserved for orders
     */
    @Transactional
    @PreAuthorize(Inventory.STOCK_KEEPERS)
    public Review approve(String number, long version) {
        Head sheet = head(number);
        notACounter(sheet, "approve it");
        move(sheet, version, Status.SUBMITTED, Status.APPROVED, ", approved_by = :actor, approved_at = :now");
        List<String> skus = jdbc.sql("select distinct sku from stock_count_line where count_id = ? order by sku")
                .param(sheet.id()).query(String.class).list();
        if (!skus.isEmpty()) {
            // The ledger's lock order (stock_level rows by SKU), so counting and picking cannot interleave here.
            jdbc.sql("select 1 from stock_level where location_id = :location and sku in (:skus) order by sku for update")
                    .param("location", sheet.locationId()).param("skus", skus).query(Integer.class).list();
        }
        Review review = review(number);
        List<String> stale = review.lines().stream().filter(VarianceLine::stale)
                .map(l -> l.sku() + " in " + l.placeLabel()).toList();
        if (!stale.isEmpty()) {
            throw new StockDocumentRefused("Stock changed since the snapshot for " + abbreviate(String.join(", ", stale))
                    + ". Send these lines back for recount; nothing was approved.");
        }
        Location location = locations.get(sheet.locationId());
        List<Move> moves = new ArrayList<>();
        Map<String, Integer> down = new LinkedHashMap<>();
        for (VarianceLine line : review.lines()) {
            if (line.variance() != 0) {
                moves.addAll(adjustments(sheet, location, line));
                if (line.variance() < 0) {
                    down.merge(line.sku(), -line.variance(), Integer::sum);
                }
            }
        }
        if (!moves.isEmpty()) {
            for (Level level : ledger.apply(moves, null)) {
                Integer units = down.get(level.sku());
                if (units != null) {
                    events.publishEvent(new StockDecremented(level.sku(), location.code(), units,
                            MovementKind.ADJUSTMENT, number, level.onHand(), level.available()));
                }
            }
        }
        events.publishEvent(new CycleCountApproved(number, location.code(),
                (int) review.lines().stream().filter(l -> l.variance() != 0).count()));
        return review(number);
    }

    /** Cancels a sheet that is not approved; nothing in stock changes. */
    @Transactional
    @PreAuthorize(Inventory.STOCK_KEEPERS)
    public void cancel(String number, long version) {
        Head sheet = head(number);
        int changed = jdbc.sql("""
                update stock_count set status = 'CANCELLED', version = version + 1
                where id = ? and version = ? and status in ('COUNTING', 'SUBMITTED')""")
                .params(sheet.id(), version).update();
        if (changed == 0) {
            refuseOrChanged(sheet, version, "Only a sheet that is not approved can be cancelled.");
        }
    }

    /** The sheet as the counter sees it: no expected quantities. */
    @PreAuthorize(Inventory.STOCK_KEEPERS)
    public Sheet sheet(String number) {
        Head head = head(number);
        List<CountedLine> counted = jdbc.sql("""
                select l.id, b.code as bin_code, l.sku, %s as description, l.counted, l.recount
                from stock_count_line l %s
                left join stock_bin_location b on b.id = l.bin_id
                where l.count_id = ? and l.counted is not null order by l.counted_at desc nulls last, l.sku""".formatted(
                        InventorySkuStore.DESCRIPTION, InventorySkuStore.JOIN.formatted("l")))
                .param(head.id())
                .query((rs, n) -> new CountedLine(rs.getObject("id", UUID.class), rs.getString("bin_code"),
                        rs.getString("sku"), rs.getString("description"), rs.getInt("counted"), rs.getBoolean("recount")))
                .list();
        List<String> recount = jdbc.sql("""
                select distinct coalesce(b.code, 'not put away') from stock_count_line l
                left join stock_bin_location b on b.id = l.bin_id
                where l.count_id = ? and l.recount and l.counted is null order by 1""")
                .param(head.id()).query(String.class).list();
        return new Sheet(head.id(), head.number(), head.locationCode(), head.scope(), head.scopeText(), head.status(),
                head.version(), counted, recount);
    }

    /** The sheet for review: expected, counted, variance and today's stock per line. */
    @PreAuthorize(Inventory.STOCK_KEEPERS)
    public Review review(String number) {
        Head head = head(number);
        List<VarianceLine> lines = jdbc.sql("""
                select l.id, b.code as bin_code, l.sku, %s as description, l.expected, l.counted, l.recount,
                       coalesce((select sum(s.on_hand) from stock_bin s where s.sku = l.sku and s.location_id = :location
                           and coalesce(s.bin_id, '00000000-0000-0000-0000-000000000000'::uuid)
                               = coalesce(l.bin_id, '00000000-0000-0000-0000-000000000000'::uuid)), 0) as now
                from stock_count_line l %s
                left join stock_bin_location b on b.id = l.bin_id
                where l.count_id = :count order by b.code nulls first, l.sku""".formatted(
                        InventorySkuStore.DESCRIPTION, InventorySkuStore.JOIN.formatted("l")))
                .param("location", head.locationId()).param("count", head.id())
                .query((rs, n) -> new VarianceLine(rs.getObject("id", UUID.class), rs.getString("bin_code"),
                        rs.getString("sku"), rs.getString("description"), rs.getInt("expected"),
                        (Integer) rs.getObject("counted"), rs.getInt("now"), rs.getBoolean("recount")))
                .list();
        Set<String> counters = new LinkedHashSet<>(jdbc.sql(
                "select username from stock_count_counter where count_id = ? order by username")
                .param(head.id()).query(String.class).list());
        return new Review(head.id(), head.number(), head.locationCode(), head.scope(), head.scopeText(), head.status(),
                head.version(), head.createdBy(), counters, head.approvedBy(), head.approvedAt(), lines);
    }

    /** Count sheets, newest first; only those in {@code status} when given. */
    @PreAuthorize(Inventory.STAFF)
    public List<Summary> find(@Nullable Status status, Pageable page) {
        return jdbc.sql("""
                select c.*, l.code as location_code,
                       (select count(*) from stock_count_line x where x.count_id = c.id) as lines,
                       (select count(*) from stock_count_line x where x.count_id = c.id and x.counted is not null) as counted
                from stock_count c join stock_location l on l.id = c.location_id
                where cast(:status as varchar) is null or c.status = :status
                order by c.created_at desc, c.number desc limit :limit offset :offset""")
                .param("status", status == null ? null : status.name())
                .param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query((rs, n) -> new Summary(rs.getObject("id", UUID.class), rs.getString("number"),
                        rs.getString("location_code"), Scope.valueOf(rs.getString("scope")), rs.getString("scope_text"),
                        Status.valueOf(rs.getString("status")), rs.getInt("lines"), rs.getInt("counted"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getLong("version")))
                .list();
    }

    @PreAuthorize(Inventory.STAFF)
    public long count(@Nullable Status status) {
        return jdbc.sql("select count(*) from stock_count where cast(:status as varchar) is null or status = :status")
                .param("status", status == null ? null : status.name()).query(Long.class).single();
    }

    // --- internals -------------------------------------------------------------------------------------------

    private record Head(UUID id, String number, UUID locationId, String locationCode, Scope scope, String scopeText,
                        Status status, String createdBy, @Nullable String approvedBy, @Nullable Instant approvedAt,
                        long version) {
    }

    private Head head(@Nullable String number) {
        String key = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        return jdbc.sql("""
                select c.*, l.code as location_code from stock_count c join stock_location l on l.id = c.location_id
                where c.number = ?""")
                .param(key).query(CycleCounts::head).optional()
                .orElseThrow(() -> new StockNotFound("count sheet " + key));
    }

    private Head counting(String number) {
        Head sheet = head(number);
        if (sheet.status() != Status.COUNTING) {
            throw new StockDocumentRefused(sheet.number() + " is " + sheet.status().label().toLowerCase(Locale.ROOT)
                    + ": it is not being counted any more.");
        }
        return sheet;
    }

    /** Why a bin cannot be counted on this sheet, or null when it can. */
    private @Nullable String binProblem(Head sheet, BinLocation bin) {
        if (!bin.locationId().equals(sheet.locationId())) {
            return "Bin " + bin.code() + " is not at " + sheet.locationCode() + ".";
        }
        if (sheet.scope() == Scope.BINS && jdbc.sql("select count(*) from stock_count_bin where count_id = ? and bin_id = ?")
                .params(sheet.id(), bin.id()).query(Integer.class).single() == 0) {
            return "Bin " + bin.code() + " is not on " + sheet.number() + ".";
        }
        return null;
    }

    /** The place a code names on this sheet: a bin id, or null for stock not put away ({@code ""}). */
    private @Nullable UUID place(Head sheet, String binCode) {
        if (binCode.isBlank()) {
            if (sheet.scope() == Scope.BINS) {
                throw new InvalidStockInput("bin", "Stock not put away is not on " + sheet.number() + ".");
            }
            return null;
        }
        Location location = locations.get(sheet.locationId());
        UUID id = inventory.bin(location, binCode);
        BinLocation bin = locations.findBin(id).orElseThrow();
        String problem = binProblem(sheet, bin);
        if (problem != null) {
            throw new InvalidStockInput("bin", problem);
        }
        return id;
    }

    private void visit(Head sheet, @Nullable UUID bin) {
        jdbc.sql("""
                update stock_count_line set visited = true where count_id = ? and not visited
                  and coalesce(bin_id, '00000000-0000-0000-0000-000000000000'::uuid) = ?""")
                .params(sheet.id(), bin == null ? NO_BIN : bin).update();
        counter(sheet);
    }

    private void counter(Head sheet) {
        jdbc.sql("insert into stock_count_counter (count_id, username) values (?, ?) on conflict do nothing")
                .params(sheet.id(), Actors.current()).update();
    }

    /** Adds {@code units} to (or with {@code set}, sets) the count of a SKU in a place; creates the line if new. */
    private ScanOutcome add(Head sheet, @Nullable UUID bin, SkuFacts sku, int units, boolean set) {
        if (sheet.scope() == Scope.SKUS && jdbc.sql("select count(*) from stock_count_sku where count_id = ? and sku = ?")
                .params(sheet.id(), sku.sku()).query(Integer.class).single() == 0) {
            return new ScanOutcome.Refused(sku.sku() + " is not on " + sheet.number() + ": put it aside, do not count it here.");
        }
        Instant now = clock.instant();
        String actor = Actors.current();
        // A line that is new to the sheet had no stock at the snapshot: expected 0, as of the sheet's snapshot.
        jdbc.sql("""
                insert into stock_count_line (id, count_id, bin_id, sku, expected, snapshot_at)
                select ?, c.id, ?, ?, 0, c.created_at from stock_count c where c.id = ?
                on conflict (count_id, coalesce(bin_id, '00000000-0000-0000-0000-000000000000'::uuid), sku) do nothing""")
                .params(Ids.newId(), bin, sku.sku(), sheet.id()).update();
        UUID lineId = jdbc.sql("""
                update stock_count_line set counted = case when :set then :units else coalesce(counted, 0) + :units end,
                    visited = true, counted_by = :actor, counted_at = :now
                where count_id = :count and coalesce(bin_id, '00000000-0000-0000-0000-000000000000'::uuid) = :bin
                  and sku = :sku
                returning id""")
                .param("set", set).param("units", units).param("actor", actor).param("now", Timestamp.from(now))
                .param("count", sheet.id()).param("bin", bin == null ? NO_BIN : bin).param("sku", sku.sku())
                .query(UUID.class).single();
        counter(sheet);
        return new ScanOutcome.Counted(jdbc.sql("""
                select l.id, b.code as bin_code, l.sku, l.counted, l.recount from stock_count_line l
                left join stock_bin_location b on b.id = l.bin_id where l.id = ?""")
                .param(lineId)
                .query((rs, n) -> new CountedLine(rs.getObject("id", UUID.class), rs.getString("bin_code"),
                        rs.getString("sku"), sku.description(), rs.getInt("counted"), rs.getBoolean("recount")))
                .single());
    }

    private void notACounter(Head sheet, String what) {
        String actor = Actors.current();
        boolean counted = jdbc.sql("select count(*) from stock_count_counter where count_id = ? and username = ?")
                .params(sheet.id(), actor).query(Integer.class).single() > 0;
        if (counted) {
            throw new StockDocumentRefused("You counted " + sheet.number() + ", so you cannot " + what
                    + ": a second person reviews every count.");
        }
    }

    private void move(Head sheet, long version, Status from, Status to, String extraSet) {
        int changed = jdbc.sql("""
                update stock_count set status = :to, version = version + 1%s
                where id = :id and version = :version and status = :from""".formatted(extraSet))
                .param("to", to.name()).param("id", sheet.id()).param("version", version).param("from", from.name())
                .params(extraSet.isEmpty() ? Map.of() : Map.of("actor", Actors.current(), "now",
                        Timestamp.from(clock.instant())))
                .update();
        if (changed == 0) {
            refuseOrChanged(sheet, version, from == Status.COUNTING
                    ? "Only a sheet being counted can be submitted."
                    : "Only a submitted sheet can be approved or sent back.");
        }
    }

    private void refuseOrChanged(Head sheet, long version, String rule) {
        Head now = head(sheet.number());
        if (now.version() != version) {
            throw new StockRecordChanged("Count sheet " + sheet.number());
        }
        throw new StockDocumentRefused(sheet.number() + " is " + now.status().label().toLowerCase(Locale.ROOT) + ". "
                + rule);
    }

    /** The moves for one line's variance, lot by lot within its place (see the class comment). */
    private List<Move> adjustments(Head sheet, Location location, VarianceLine line) {
        record Lot(String lot, @Nullable LocalDate expiresOn, int onHand) {
        }
        UUID bin = line.binCode() == null ? null : locations.findBin(line.binCode()).orElseThrow().id();
        List<Lot> lots = jdbc.sql("""
                select lot, expires_on, on_hand from stock_bin where sku = ? and location_id = ?
                  and coalesce(bin_id, '00000000-0000-0000-0000-000000000000'::uuid) = ?
                order by expires_on nulls last, lot""")
                .params(line.sku(), location.id(), bin == null ? NO_BIN : bin)
                .query((rs, n) -> new Lot(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getInt(3))).list();
        String note = "Cycle count " + sheet.number();
        List<Move> moves = new ArrayList<>();
        if (line.variance() > 0) {
            Lot latest = lots.stream().filter(l -> !l.lot().isEmpty()).reduce((a, b) -> b).orElse(null);
            moves.add(Move.stock(line.sku(), location, bin, latest == null ? "" : latest.lot(),
                    latest == null ? null : latest.expiresOn(), MovementKind.ADJUSTMENT, line.variance(),
                    AdjustmentReason.COUNT, SOURCE, sheet.number(), note));
            return moves;
        }
        int wanted = -line.variance();
        for (Lot lot : lots) {
            int take = Math.min(wanted, lot.onHand());
            if (take > 0) {
                moves.add(Move.stock(line.sku(), location, bin, lot.lot(), null, MovementKind.ADJUSTMENT, -take,
                        AdjustmentReason.COUNT, SOURCE, sheet.number(), note));
                wanted -= take;
            }
        }
        return moves;
    }

    private static String abbreviate(String text) {
        return text.length() <= 480 ? text : text.substring(0, 477) + "...";
    }

    private static Head head(ResultSet rs, int row) throws SQLException {
        Timestamp approved = rs.getTimestamp("approved_at");
        return new Head(rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("location_id", UUID.class),
                rs.getString("location_code"), Scope.valueOf(rs.getString("scope")), rs.getString("scope_text"),
                Status.valueOf(rs.getString("status")), rs.getString("created_by"), rs.getString("approved_by"),
                approved == null ? null : approved.toInstant(), rs.getLong("version"));
    }
}
