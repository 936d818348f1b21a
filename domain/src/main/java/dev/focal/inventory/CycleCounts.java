package dev.focal.inventory;

import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.InventoryExceptions.StockNotFound;
import dev.focal.inventory.InventoryExceptions.StockRecordChanged;
import dev.focal.numbering.DocumentKind;
import dev.focal.numbering.DocumentNumbers;
import dev.focal.shared.Actors;
import dev.focal.shared.Ids;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
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
 * <p>Three services, one per audience: this one plans, lists and cancels sheets; {@link CycleCounting} is the
 * counter's on the floor; {@link CycleCountReview} is the second person's. Their SQL is in
 * {@link CycleCountStore} (ADR 0013).
 *
 * <p>Warehouse staff and admins create, count and review; every staff member reads the list. Nobody approves
 * or sends back a sheet they counted.
 */
@Service
@Transactional(readOnly = true)
public class CycleCounts {

    /** The source type of a count sheet's adjustments in the ledger (their source ref is the sheet number). */
    public static final String SOURCE = "COUNT";

    private final CycleCountStore store;
    private final Inventory inventory;
    private final Locations locations;
    private final DocumentNumbers numbers;
    private final Clock clock;

    CycleCounts(CycleCountStore store, Inventory inventory, Locations locations, DocumentNumbers numbers, Clock clock) {
        this.store = store;
        this.inventory = inventory;
        this.locations = locations;
        this.numbers = numbers;
        this.clock = clock;
    }

    /**
     * Creates a sheet with its snapshot of expected stock per bin and SKU.
     *
     * @throws InvalidStockInput naming {@code location}, {@code binCodes} or {@code skus}
     */
    @Transactional
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public String create(NewCountSheet sheet) {
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
            throw new InvalidStockInput(sheet.scope() == CountScope.BINS ? "binCodes" : "skus",
                    "Count at most 2000 at once.");
        }
        String number = numbers.next(DocumentKind.CYCLE_COUNT);
        store.insert(Ids.newId(), number, location.id(), sheet.scope(), scopeText, bins, skus, Actors.current(),
                clock.instant());
        return number;
    }

    /** Cancels a sheet that is not approved; nothing in stock changes. */
    @Transactional
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public void cancel(String number, long version) {
        CountSheetHead sheet = head(number);
        if (!store.cancel(sheet.id(), version)) {
            refuseOrChanged(sheet, version, "Only a sheet that is not approved can be cancelled.");
        }
    }

    /** Count sheets, newest first; only those in {@code status} when given. */
    @PreAuthorize(InventoryAccess.STAFF)
    public List<CountSheetSummary> find(@Nullable CountSheetStatus status, Pageable page) {
        return store.summaries(status, page.getPageSize(), page.getOffset());
    }

    @PreAuthorize(InventoryAccess.STAFF)
    public long count(@Nullable CountSheetStatus status) {
        return store.count(status);
    }

    // --- shared by the counting and review services ------------------------------------------------------------

    /** @throws StockNotFound when there is no such sheet */
    CountSheetHead head(@Nullable String number) {
        String key = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        return store.head(key).orElseThrow(() -> new StockNotFound("count sheet " + key));
    }

    /** The sheet, if it is being counted. */
    CountSheetHead counting(String number) {
        CountSheetHead sheet = head(number);
        if (sheet.status() != CountSheetStatus.COUNTING) {
            throw new StockDocumentRefused(sheet.number() + " is " + sheet.status().label().toLowerCase(Locale.ROOT)
                    + ": it is not being counted any more.");
        }
        return sheet;
    }

    /** Moves the sheet on if it is still at {@code version} and in {@code from}; otherwise says why not. */
    void move(CountSheetHead sheet, long version, CountSheetStatus from, CountSheetStatus to) {
        if (!store.changeStatus(sheet.id(), version, from, to, Actors.current(), clock.instant())) {
            refuseOrChanged(sheet, version, from == CountSheetStatus.COUNTING
                    ? "Only a sheet being counted can be submitted."
                    : "Only a submitted sheet can be approved or sent back.");
        }
    }

    private void refuseOrChanged(CountSheetHead sheet, long version, String rule) {
        CountSheetHead now = head(sheet.number());
        if (now.version() != version) {
            throw new StockRecordChanged("Count sheet " + sheet.number());
        }
        throw new StockDocumentRefused(sheet.number() + " is " + now.status().label().toLowerCase(Locale.ROOT) + ". "
                + rule);
    }

    static String abbreviate(String text) {
        return text.length() <= 480 ? text : text.substring(0, 477) + "...";
    }
}
