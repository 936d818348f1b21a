package dev.focal.inventory;

import dev.focal.catalog.SkuFacts;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.shared.Actors;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counting a cycle count sheet on the floor (see {@link CycleCounts}): blind, by scanning a bin and then its
 * units (each scan +1) or typing a count, and handing the sheet over for review. The counter never sees
 * expected quantities. Warehouse staff and admins count.
 */
@Service
@Transactional(readOnly = true)
public class CycleCounting {

    private final CycleCounts counts;
    private final CycleCountStore store;
    private final Inventory inventory;
    private final Locations locations;
    private final Clock clock;

    CycleCounting(CycleCounts counts, CycleCountStore store, Inventory inventory, Locations locations,
                  Clock clock) {
        this.counts = counts;
        this.store = store;
        this.inventory = inventory;
        this.locations = locations;
        this.clock = clock;
    }

    /**
     * Takes one scan while counting: a bin code chooses the place, a SKU's barcode or code adds one unit there.
     * Unknown codes, bins outside the sheet and SKUs not on it are refused with a message and change nothing.
     *
     * @param currentBin the place being counted: a bin code, {@code ""} for stock not put away, null for none yet
     */
    @Transactional
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public CountScanOutcome scan(String number, @Nullable String currentBin, String scanned) {
        CountSheetHead sheet = counts.counting(number);
        Scan scan = inventory.identify(scanned);
        return switch (scan) {
            case Scan.OfBin(String code, BinLocation bin) -> {
                String problem = binProblem(sheet, bin);
                if (problem != null) {
                    yield new CountScanOutcome.Refused(problem);
                }
                visit(sheet, bin.id());
                yield new CountScanOutcome.BinChosen(bin.code());
            }
            case Scan.OfSku(String code, SkuFacts sku) -> {
                if (currentBin == null) {
                    yield new CountScanOutcome.Refused("Scan the bin first, then the units in it.");
                }
                yield add(sheet, place(sheet, currentBin), sku, 1, false);
            }
            case Scan.Unknown(String code) -> new CountScanOutcome.Refused(code.isEmpty() ? "Nothing was scanned."
                    : "Unknown barcode " + code + ": not a SKU or bin in Focal. Put the item aside for a supervisor.");
        };
    }

    /**
     * Chooses the place being counted by hand: a bin code, or {@code ""} / null for stock not put away.
     *
     * @throws InvalidStockInput naming {@code bin}
     */
    @Transactional
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public CountScanOutcome.BinChosen choosePlace(String number, @Nullable String binCode) {
        CountSheetHead sheet = counts.counting(number);
        UUID bin = place(sheet, binCode == null ? "" : binCode);
        visit(sheet, bin);
        return new CountScanOutcome.BinChosen(bin == null ? null : locations.findBin(bin).orElseThrow().code());
    }

    /**
     * Sets the count of a SKU in a place (for units too many to scan one by one, or a correction).
     *
     * @throws InvalidStockInput naming {@code sku}, {@code bin} or {@code counted}
     */
    @Transactional
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public CountedLine setCount(String number, @Nullable String binCode, String sku, int counted) {
        CountSheetHead sheet = counts.counting(number);
        if (counted < 0 || counted > Inventory.MAX_QUANTITY) {
            throw new InvalidStockInput("counted", "Enter the number of units counted (0 or more).");
        }
        SkuFacts facts = inventory.sku(sku);
        CountScanOutcome outcome = add(sheet, place(sheet, binCode == null ? "" : binCode), facts, counted, true);
        return switch (outcome) {
            case CountScanOutcome.Counted(CountedLine line) -> line;
            case CountScanOutcome.Refused(String message) -> throw new InvalidStockInput("sku", message);
            case CountScanOutcome.BinChosen c -> throw new IllegalStateException();
        };
    }

    /**
     * Hands the sheet over for review. Lines in visited places that were not counted were found empty; a
     * place with expected stock that was never visited blocks submitting.
     *
     * @throws StockDocumentRefused naming the places still to count
     */
    @Transactional
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public void submit(String number, long version) {
        CountSheetHead sheet = counts.head(number);
        List<String> unvisited = store.unvisitedPlaces(sheet.id());
        if (!unvisited.isEmpty()) {
            throw new StockDocumentRefused("Count these places first (scan the bin, then its units; scan the bin "
                    + "alone if it is empty): " + CycleCounts.abbreviate(String.join(", ", unvisited)));
        }
        counts.move(sheet, version, CountSheetStatus.COUNTING, CountSheetStatus.SUBMITTED);
        store.countVisitedAsEmpty(sheet.id());
    }

    /** The sheet as the counter sees it: no expected quantities. */
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public CountSheet sheet(String number) {
        CountSheetHead head = counts.head(number);
        return new CountSheet(head.id(), head.number(), head.locationCode(), head.scope(), head.scopeText(),
                head.status(), head.version(), store.countedLines(head.id()), store.recountPlaces(head.id()));
    }

    /** Why a bin cannot be counted on this sheet, or null when it can. */
    private @Nullable String binProblem(CountSheetHead sheet, BinLocation bin) {
        if (!bin.locationId().equals(sheet.locationId())) {
            return "Bin " + bin.code() + " is not at " + sheet.locationCode() + ".";
        }
        if (sheet.scope() == CountScope.BINS && !store.hasBin(sheet.id(), bin.id())) {
            return "Bin " + bin.code() + " is not on " + sheet.number() + ".";
        }
        return null;
    }

    /** The place a code names on this sheet: a bin id, or null for stock not put away ({@code ""}). */
    private @Nullable UUID place(CountSheetHead sheet, String binCode) {
        if (binCode.isBlank()) {
            if (sheet.scope() == CountScope.BINS) {
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

    private void visit(CountSheetHead sheet, @Nullable UUID bin) {
        store.visit(sheet.id(), bin);
        store.addCounter(sheet.id(), Actors.current());
    }

    /** Adds {@code units} to (or with {@code set}, sets) the count of a SKU in a place; creates the line if new. */
    private CountScanOutcome add(CountSheetHead sheet, @Nullable UUID bin, SkuFacts sku, int units, boolean set) {
        if (sheet.scope() == CountScope.SKUS && !store.hasSku(sheet.id(), sku.sku())) {
            return new CountScanOutcome.Refused(sku.sku() + " is not on " + sheet.number()
                    + ": put it aside, do not count it here.");
        }
        String actor = Actors.current();
        CountedLine line = store.count(sheet.id(), bin, sku.sku(), sku.description(), units, set, actor,
                clock.instant());
        store.addCounter(sheet.id(), actor);
        return new CountScanOutcome.Counted(line);
    }
}
