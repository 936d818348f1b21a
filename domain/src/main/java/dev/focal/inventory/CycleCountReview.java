package dev.focal.inventory;

import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.StockLedger.Level;
import dev.focal.inventory.StockLedger.Move;
import dev.focal.shared.Actors;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewing a submitted count sheet (see {@link CycleCounts}): a second person sees expected, counted and the
 * variance per line, and approves (variances become {@link MovementKind#ADJUSTMENT} moves with reason
 * {@link AdjustmentReason#COUNT}) or sends lines back for recount. Nobody approves or sends back a sheet they
 * counted.
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
 */
@Service
@Transactional(readOnly = true)
public class CycleCountReview {

    private final CycleCounts counts;
    private final CycleCountStore store;
    private final Locations locations;
    private final StockLedger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CycleCountReview(CycleCounts counts, CycleCountStore store, Locations locations, StockLedger ledger,
                     ApplicationEventPublisher events, Clock clock) {
        this.counts = counts;
        this.store = store;
        this.locations = locations;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /** The sheet for review: expected, counted, variance and today's stock per line. */
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public CountReview review(String number) {
        CountSheetHead head = counts.head(number);
        List<VarianceLine> lines = store.varianceLines(head.id(), head.locationId());
        return new CountReview(head.id(), head.number(), head.locationCode(), head.scope(), head.scopeText(),
                head.status(), head.version(), head.createdBy(), new LinkedHashSet<>(store.counters(head.id())),
                head.approvedBy(), head.approvedAt(), lines);
    }

    /**
     * Sends lines back for recounting: they get a fresh snapshot and an empty count, and the sheet is counted
     * again (the counter sees which places to recount, not why).
     */
    @Transactional
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public void sendBack(String number, long version, List<UUID> lineIds) {
        CountSheetHead sheet = counts.head(number);
        notACounter(sheet, "send it back");
        if (lineIds.isEmpty()) {
            throw new InvalidStockInput("lines", "Choose the lines to recount.");
        }
        counts.move(sheet, version, CountSheetStatus.SUBMITTED, CountSheetStatus.COUNTING);
        int changed = store.resetForRecount(sheet.id(), sheet.locationId(), lineIds, clock.instant());
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
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public CountReview approve(String number, long version) {
        CountSheetHead sheet = counts.head(number);
        notACounter(sheet, "approve it");
        counts.move(sheet, version, CountSheetStatus.SUBMITTED, CountSheetStatus.APPROVED);
        store.lockStock(sheet.id(), sheet.locationId());
        CountReview review = review(number);
        List<String> stale = review.lines().stream().filter(VarianceLine::stale)
                .map(l -> l.sku() + " in " + l.placeLabel()).toList();
        if (!stale.isEmpty()) {
            throw new StockDocumentRefused("Stock changed since the snapshot for "
                    + CycleCounts.abbreviate(String.join(", ", stale))
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

    private void notACounter(CountSheetHead sheet, String what) {
        if (store.isCounter(sheet.id(), Actors.current())) {
            throw new StockDocumentRefused("You counted " + sheet.number() + ", so you cannot " + what
                    + ": a second person reviews every count.");
        }
    }

    /** The moves for one line's variance, lot by lot within its place (see the class comment). */
    private List<Move> adjustments(CountSheetHead sheet, Location location, VarianceLine line) {
        UUID bin = line.binCode() == null ? null : locations.findBin(line.binCode()).orElseThrow().id();
        List<CycleCountStore.Lot> lots = store.lots(line.sku(), location.id(), bin);
        String note = "Cycle count " + sheet.number();
        List<Move> moves = new ArrayList<>();
        if (line.variance() > 0) {
            CycleCountStore.Lot latest = lots.stream().filter(l -> !l.lot().isEmpty()).reduce((a, b) -> b)
                    .orElse(null);
            moves.add(Move.stock(line.sku(), location, bin, latest == null ? "" : latest.lot(),
                    latest == null ? null : latest.expiresOn(), MovementKind.ADJUSTMENT, line.variance(),
                    AdjustmentReason.COUNT, CycleCounts.SOURCE, sheet.number(), note));
            return moves;
        }
        int wanted = -line.variance();
        for (CycleCountStore.Lot lot : lots) {
            int take = Math.min(wanted, lot.onHand());
            if (take > 0) {
                moves.add(Move.stock(line.sku(), location, bin, lot.lot(), null, MovementKind.ADJUSTMENT, -take,
                        AdjustmentReason.COUNT, CycleCounts.SOURCE, sheet.number(), note));
                wanted -= take;
            }
        }
        return moves;
    }
}
