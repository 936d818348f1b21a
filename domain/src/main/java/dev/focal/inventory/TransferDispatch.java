package dev.focal.inventory;

import dev.focal.catalog.SkuFacts;
import dev.focal.inventory.InventoryExceptions.InsufficientStock;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.InventoryExceptions.StockRecordChanged;
import dev.focal.inventory.StockLedger.Level;
import dev.focal.inventory.StockLedger.Move;
import dev.focal.inventory.TransferStore.Piece;
import dev.focal.numbering.DocumentKind;
import dev.focal.numbering.DocumentNumbers;
import dev.focal.shared.Actors;
import dev.focal.shared.Ids;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The source's side of a transfer (see {@link Transfers}): requesting it, dispatching it (every line leaves the
 * source in full through {@link MovementKind#TRANSFER_OUT} moves, first expiry first out unless the line names a
 * bin or lot, never touching stock reserved for orders), or cancelling it before dispatch. Warehouse staff and
 * admins.
 */
@Service
@Transactional(readOnly = true)
public class TransferDispatch {

    private static final UUID NO_BIN = new UUID(0, 0);

    private final Transfers transfers;
    private final TransferStore store;
    private final Inventory inventory;
    private final Locations locations;
    private final StockLedger ledger;
    private final DocumentNumbers numbers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TransferDispatch(Transfers transfers, TransferStore store, Inventory inventory, Locations locations,
                     StockLedger ledger, DocumentNumbers numbers, ApplicationEventPublisher events, Clock clock) {
        this.transfers = transfers;
        this.store = store;
        this.inventory = inventory;
        this.locations = locations;
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
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public String create(TransferDraft draft) {
        Location from = location(draft.fromLocation(), "fromLocation");
        Location to = location(draft.toLocation(), "toLocation");
        if (from.id().equals(to.id())) {
            throw new InvalidStockInput("toLocation", "Choose a destination other than the source.");
        }
        if (draft.expectedOn() != null && draft.expectedOn().isBefore(LocalDate.now(clock))) {
            throw new InvalidStockInput("expectedOn", "The expected arrival cannot be in the past.");
        }
        String note = Transfers.note(draft.note(), "note");
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
            TransferDraftLine line = draft.lines().get(i);
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
        String number = numbers.next(DocumentKind.TRANSFER);
        store.insert(id, number, from.id(), to.id(), draft.expectedOn(), note, Actors.current(), clock.instant());
        int no = 1;
        for (Checked line : lines) {
            store.insertLine(id, no++, line.sku(), line.quantity(), line.bin(), line.lot());
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
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public TransferDetails dispatch(String number, long version, @Nullable LocalDate expectedOn) {
        TransferDetails transfer = transfers.details(number);
        if (expectedOn != null && expectedOn.isBefore(LocalDate.now(clock))) {
            throw new InvalidStockInput("expectedOn", "The expected arrival cannot be in the past.");
        }
        transfers.transition(transfer, version, List.of(TransferStatus.REQUESTED), TransferStatus.DISPATCHED,
                clock.instant(), expectedOn);
        Location from = inventory.activeLocation(transfer.fromLocation());
        Location to = locations.get(transfer.toLocation());
        Map<String, Integer> taken = new HashMap<>();
        List<Move> moves = new ArrayList<>();
        for (TransferLine line : transfer.lines()) {
            UUID bin = line.binCode() == null ? null : inventory.bin(from, line.binCode());
            int no = 1;
            for (Piece piece : plan(from, line, bin, taken)) {
                moves.add(Move.stock(line.sku(), from, piece.bin(), piece.lot(), null, MovementKind.TRANSFER_OUT,
                        -piece.quantity(), null, Transfers.SOURCE, number, "to " + to.code()));
                store.insertPiece(line.id(), no++, piece);
            }
            store.markDispatched(line.id());
        }
        List<Level> levels = ledger.apply(moves, null);
        Map<String, Integer> units = new LinkedHashMap<>();
        transfer.lines().forEach(l -> units.merge(l.sku(), l.quantity(), Integer::sum));
        for (Level level : levels) {
            events.publishEvent(new StockDecremented(level.sku(), from.code(), units.getOrDefault(level.sku(), 0),
                    MovementKind.TRANSFER_OUT, number, level.onHand(), level.available()));
        }
        TransferDetails after = transfers.details(number);
        events.publishEvent(new TransferDispatched(number, from.code(), to.code(),
                units.values().stream().mapToInt(Integer::intValue).sum(), after.expectedOn()));
        return after;
    }

    /** Cancels a transfer that has not been dispatched; a dispatched one is received or closed short instead. */
    @Transactional
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public TransferDetails cancel(String number, long version) {
        TransferDetails transfer = transfers.details(number);
        transfers.transition(transfer, version, List.of(TransferStatus.REQUESTED), TransferStatus.CANCELLED,
                clock.instant(), null);
        return transfers.details(number);
    }

    /** Where a line's units come from: first expiry first, unplaced before binned, within the line's bin and lot. */
    private List<Piece> plan(Location from, TransferLine line, @Nullable UUID bin, Map<String, Integer> taken) {
        int wanted = line.quantity();
        List<Piece> pieces = new ArrayList<>();
        for (Piece place : store.stockPlaces(line.sku(), from.id(), bin, line.lot())) {
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

    private Location location(@Nullable String code, String field) {
        try {
            return inventory.activeLocation(code);
        } catch (InvalidStockInput e) {
            throw new InvalidStockInput(field, e.getMessage());
        }
    }
}
