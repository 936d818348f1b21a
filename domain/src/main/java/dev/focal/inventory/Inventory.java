package dev.focal.inventory;

import dev.focal.catalog.Catalog;
import dev.focal.catalog.SkuFacts;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.StockLedger.Level;
import dev.focal.inventory.StockLedger.Move;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock on hand and its movements: receiving, putting away into bins, adjusting with a reason, taking back
 * returns; and looking stock up by SKU, bin or scan. Every change goes through the ledger ({@link StockLedger}),
 * so on hand always equals the sum of movements. Warehouse staff and admins change stock, buyers receive it
 * too; every staff member reads it.
 */
@Service
@Transactional(readOnly = true)
public class Inventory {

    static final int MAX_QUANTITY = 100_000;

    private static final Pattern LOT = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9./-]{0,39}$");
    private static final Pattern SOURCE_TYPE = Pattern.compile("^[A-Z][A-Z_]{1,19}$");

    private final StockStore store;
    private final StockLedger ledger;
    private final Locations locations;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inventory(StockStore store, StockLedger ledger, Locations locations, Catalog catalog,
              ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.locations = locations;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Books stock in. Contact lenses need a lot and an expiry date; other SKUs may have a lot. Without a bin
     * the stock waits at the location unplaced until it is put away.
     *
     * @param idempotencyKey when given, a repeat of the same key writes nothing and reports {@code repeated}
     * @throws InvalidStockInput naming the field ({@code sku}, {@code location}, {@code bin}, {@code quantity},
     *                           {@code lot}, {@code expiresOn}, {@code sourceRef})
     */
    @Transactional
    @PreAuthorize(InventoryAccess.RECEIVERS)
    public StockUpdate receive(StockReceipt receipt, @Nullable String idempotencyKey) {
        SkuFacts sku = sku(receipt.sku());
        Location location = activeLocation(receipt.locationCode());
        UUID bin = bin(location, receipt.binCode());
        int quantity = quantity(receipt.quantity(), "quantity");
        String lot = lot(receipt.lot());
        if (sku.needsLot() && (lot.isEmpty() || receipt.expiresOn() == null)) {
            throw new InvalidStockInput(lot.isEmpty() ? "lot" : "expiresOn",
                    "Contact lenses are received with their lot number and expiry date from the box.");
        }
        if (receipt.expiresOn() != null && lot.isEmpty()) {
            throw new InvalidStockInput("lot", "Enter the lot number that goes with the expiry date.");
        }
        if (receipt.expiresOn() != null && !receipt.expiresOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidStockInput("expiresOn", "This lot has expired already; do not put it into stock.");
        }
        String sourceType = sourceType(receipt.sourceType());
        String sourceRef = sourceRef(receipt.sourceRef());
        MovementKind kind = "RETURN".equals(sourceType) ? MovementKind.RETURN : MovementKind.RECEIPT;
        return write(idempotencyKey, List.of(Move.stock(sku.sku(), location, bin, lot, receipt.expiresOn(), kind,
                quantity, null, sourceType, sourceRef, note(receipt.note()))));
    }

    /**
     * Moves stock between bins of one location (from unplaced stock when {@code fromBin} is null). On hand and
     * available do not change.
     *
     * @throws InvalidStockInput naming the field
     * @throws InventoryExceptions.InsufficientStock when the source does not hold that many
     */
    @Transactional
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public StockUpdate putAway(String skuCode, String locationCode, @Nullable String fromBin, String toBin,
                               int quantity, @Nullable String lot) {
        return putAway(skuCode, locationCode, fromBin, toBin, quantity, lot, null);
    }

    /** {@link #putAway(String, String, String, String, int, String)} with an idempotency key (the API's). */
    @Transactional
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public StockUpdate putAway(String skuCode, String locationCode, @Nullable String fromBin, String toBin,
                               int quantity, @Nullable String lot, @Nullable String idempotencyKey) {
        SkuFacts sku = sku(skuCode);
        Location location = activeLocation(locationCode);
        UUID from = bin(location, fromBin);
        UUID to = bin(location, toBin);
        if (to == null) {
            throw new InvalidStockInput("toBin", "Scan or enter the bin the stock goes into.");
        }
        if (to.equals(from)) {
            throw new InvalidStockInput("toBin", "That is the bin the stock is in already.");
        }
        int q = quantity(quantity, "quantity");
        String l = lot(lot);
        LocalDate expiry = expiryOf(sku.sku(), location, from, l);
        String ref = location.code() + ":" + (fromBin == null ? "unplaced" : fromBin) + ">" + toBin;
        return write(idempotencyKey, List.of(
                Move.stock(sku.sku(), location, from, l, null, MovementKind.PUTAWAY, -q, null, "PUTAWAY", ref, null),
                Move.stock(sku.sku(), location, to, l, expiry, MovementKind.PUTAWAY, q, null, "PUTAWAY", ref, null)));
    }

    /**
     * Corrects stock up or down with a reason. Without a bin a decrease is taken first expiry first from
     * wherever the SKU is at the location. A decrease cannot touch stock reserved for orders.
     *
     * @throws InvalidStockInput naming the field
     * @throws InventoryExceptions.InsufficientStock when there is not that much free stock
     */
    @Transactional
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public StockUpdate adjust(StockAdjustment adjustment, @Nullable String idempotencyKey) {
        SkuFacts sku = sku(adjustment.sku());
        Location location = activeLocation(adjustment.locationCode());
        UUID bin = bin(location, adjustment.binCode());
        if (adjustment.delta() == 0 || Math.abs(adjustment.delta()) > MAX_QUANTITY) {
            throw new InvalidStockInput("delta", "Enter how many to add (like 2) or remove (like -2).");
        }
        if (adjustment.reason() == null) {
            throw new InvalidStockInput("reason", "Choose why the stock changes.");
        }
        String note = note(adjustment.note());
        if (adjustment.reason() == AdjustmentReason.CORRECTION && note == null) {
            throw new InvalidStockInput("note", "Say what the correction is for.");
        }
        String lot = lot(adjustment.lot());
        String ref = adjustment.reason().name().toLowerCase(Locale.ROOT);
        Move move = adjustment.delta() < 0 && bin == null && lot.isEmpty()
                ? Move.fromAnyBin(sku.sku(), location, MovementKind.ADJUSTMENT, adjustment.delta(), 0,
                        adjustment.reason(), "ADJUSTMENT", ref, note)
                : Move.stock(sku.sku(), location, bin, lot, null, MovementKind.ADJUSTMENT, adjustment.delta(),
                        adjustment.reason(), "ADJUSTMENT", ref, note);
        StockUpdate update = write(idempotencyKey, List.of(move));
        if (!update.repeated() && adjustment.delta() < 0) {
            StockFigures after = update.figures().getFirst();
            events.publishEvent(new StockDecremented(sku.sku(), location.code(), -adjustment.delta(),
                    MovementKind.ADJUSTMENT, ref, after.onHand(), after.available()));
        }
        return update;
    }

    /** What a scanned code is: a SKU by barcode or code, a bin by its code, or unknown. */
    @PreAuthorize(InventoryAccess.STAFF)
    public Scan identify(String scanned) {
        String code = scanned == null ? "" : scanned.strip();
        if (code.isEmpty()) {
            return new Scan.Unknown(code);
        }
        var bin = locations.findBin(code);
        if (bin.isPresent()) {
            return new Scan.OfBin(code, bin.get());
        }
        return catalog.findByScanForStaff(code).<Scan>map(facts -> new Scan.OfSku(code, facts))
                .orElseGet(() -> new Scan.Unknown(code));
    }

    /** A SKU's figures at every location that has or had it. */
    @PreAuthorize(InventoryAccess.STAFF)
    public List<StockFigures> stockOf(String sku) {
        return store.figuresOf(normalSku(sku));
    }

    /** Where a SKU is, bin by bin and lot by lot. */
    @PreAuthorize(InventoryAccess.STAFF)
    public List<BinStock> placesOf(String sku) {
        return store.placesOf(normalSku(sku));
    }

    /** What a bin holds. */
    @PreAuthorize(InventoryAccess.STAFF)
    public List<BinStock> contentsOf(String binCode) {
        return store.contentsOf(binCode == null ? "" : binCode.strip().toUpperCase(Locale.ROOT));
    }

    /** A SKU's movements, newest first; at one location when {@code locationCode} is given. */
    @PreAuthorize(InventoryAccess.STAFF)
    public List<MovementView> movements(String sku, @Nullable String locationCode, Pageable page) {
        return store.movements(normalSku(sku), locationCode, page.getPageSize(), page.getOffset());
    }

    @PreAuthorize(InventoryAccess.STAFF)
    public long countMovements(String sku, @Nullable String locationCode) {
        return store.countMovements(normalSku(sku), locationCode);
    }

    /** The movements a document caused (a receipt, a transfer, an order), oldest first. */
    @PreAuthorize(InventoryAccess.STAFF)
    public List<MovementView> movementsOf(String sourceType, String sourceRef) {
        return store.movementsOf(sourceType, sourceRef);
    }

    /** The stock overview: SKU x location rows matching the filter, by SKU then location. */
    @PreAuthorize(InventoryAccess.STAFF)
    public List<StockRow> overview(StockFilter filter, Pageable page) {
        return store.overview(filter, textPattern(filter), expiringBy(filter), page.getPageSize(), page.getOffset());
    }

    @PreAuthorize(InventoryAccess.STAFF)
    public long countOverview(StockFilter filter) {
        return store.countOverview(filter, textPattern(filter), expiringBy(filter));
    }

    /** The first {@code limit} lots in stock expiring within the days, the first to expire first. */
    @PreAuthorize(InventoryAccess.STAFF)
    public List<ExpiringLot> expiringLots(int withinDays, int limit) {
        return store.expiringLots(LocalDate.now(clock).plusDays(withinDays), limit);
    }

    /** How many lots in stock expire within the days. */
    @PreAuthorize(InventoryAccess.STAFF)
    public long countExpiringLots(int withinDays) {
        return store.countExpiringLots(LocalDate.now(clock).plusDays(withinDays));
    }

    /** Brands that have stock rows, for the overview's filter. */
    @PreAuthorize(InventoryAccess.STAFF)
    public List<String> brandsInStock() {
        return store.brandsInStock();
    }

    private static @Nullable String textPattern(StockFilter filter) {
        return filter.text() == null || filter.text().isBlank() ? null
                : "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
    }

    private @Nullable LocalDate expiringBy(StockFilter filter) {
        return filter.expiringWithinDays() == null ? null : LocalDate.now(clock).plusDays(filter.expiringWithinDays());
    }

    StockUpdate write(@Nullable String idempotencyKey, List<Move> moves) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 100) {
            throw new InvalidStockInput("idempotencyKey", "Use an idempotency key of at most 100 characters.");
        }
        if (key != null && !ledger.claim(key)) {
            // A repeat: nothing is written; the answer is today's figures of the SKUs and locations concerned.
            return new StockUpdate(true, moves.stream()
                    .map(m -> ledger.current(m.sku(), m.locationId(), m.locationCode())).distinct()
                    .map(this::figures).toList());
        }
        return new StockUpdate(false, ledger.apply(moves, key).stream().map(this::figures).toList());
    }

    StockFigures figures(Level level) {
        Location location = locations.get(level.locationId());
        return new StockFigures(level.sku(), location.code(), location.name(), location.kind(), level.onHand(),
                level.reserved());
    }

    SkuFacts sku(@Nullable String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidStockInput("sku", "Scan or enter a SKU.");
        }
        return catalog.findByScanForStaff(code)
                .orElseThrow(() -> new InvalidStockInput("sku", "No SKU or barcode " + code.strip() + " in the catalog."));
    }

    Location activeLocation(@Nullable String code) {
        Location location = locations.find(code)
                .orElseThrow(() -> new InvalidStockInput("location", code == null || code.isBlank()
                        ? "Choose a location." : "There is no location " + code.strip() + "."));
        if (!location.active()) {
            throw new InvalidStockInput("location", "Location " + location.code() + " is closed.");
        }
        return location;
    }

    @Nullable UUID bin(Location location, @Nullable String binCode) {
        if (binCode == null || binCode.isBlank()) {
            return null;
        }
        String code = binCode.strip().toUpperCase(Locale.ROOT);
        if (!code.contains("/")) {
            code = location.code() + "/" + code;
        }
        String field = "bin";
        BinLocation bin = locations.findBin(code)
                .orElseThrow(() -> new InvalidStockInput(field, "There is no bin " + binCode.strip() + " at "
                        + location.code() + "."));
        if (!bin.locationId().equals(location.id())) {
            throw new InvalidStockInput(field, "Bin " + bin.code() + " is not at " + location.code() + ".");
        }
        return bin.id();
    }

    private @Nullable LocalDate expiryOf(String sku, Location location, @Nullable UUID bin, String lot) {
        return store.expiryOf(sku, location.id(), bin, lot);
    }

    static int quantity(int quantity, String field) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new InvalidStockInput(field, "Enter a quantity from 1 to " + MAX_QUANTITY + ".");
        }
        return quantity;
    }

    static String lot(@Nullable String lot) {
        String l = lot == null ? "" : lot.strip();
        if (!l.isEmpty() && !LOT.matcher(l).matches()) {
            throw new InvalidStockInput("lot", "A lot number has 1 to 40 letters, digits, dots, slashes or dashes.");
        }
        return l;
    }

    private static String sourceType(@Nullable String type) {
        String t = type == null ? "" : type.strip().toUpperCase(Locale.ROOT);
        if (!SOURCE_TYPE.matcher(t).matches()) {
            throw new InvalidStockInput("sourceType", "Name the kind of document, like PURCHASE_ORDER or RETURN.");
        }
        return t;
    }

    private static String sourceRef(@Nullable String ref) {
        String r = ref == null ? "" : ref.strip();
        if (r.isEmpty() || r.length() > 80) {
            throw new InvalidStockInput("sourceRef", "Name the document (1 to 80 characters), like PO-2026-0012.");
        }
        return r;
    }

    private static @Nullable String note(@Nullable String note) {
        String n = note == null ? "" : note.strip();
        if (n.length() > 500) {
            throw new InvalidStockInput("note", "Keep the note to 500 characters.");
        }
        return n.isEmpty() ? null : n;
    }

    static String normalSku(@Nullable String sku) {
        return sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
    }
}
