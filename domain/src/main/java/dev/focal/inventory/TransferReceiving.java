package dev.focal.inventory;

import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.StockLedger.Move;
import dev.focal.inventory.TransferStore.OpenPiece;
import dev.focal.shared.Actors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The destination's side of a transfer (see {@link Transfers}): booking deliveries in, in full or in parts
 * ({@link MovementKind#TRANSFER_IN}, lots and expiry dates as they left), with discrepancies per line, or closing
 * it short when units will not come. Warehouse staff and admins.
 *
 * <p>Damaged units are recorded on the line but not booked into the destination's stock: they left the
 * source's books at dispatch and never become sellable. Units beyond what was dispatched (over) are booked in
 * with a note, like found stock.
 */
@Service
@Transactional(readOnly = true)
public class TransferReceiving {

    private final Transfers transfers;
    private final TransferStore store;
    private final Inventory inventory;
    private final StockLedger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TransferReceiving(Transfers transfers, TransferStore store, Inventory inventory, StockLedger ledger,
                      ApplicationEventPublisher events, Clock clock) {
        this.transfers = transfers;
        this.store = store;
        this.inventory = inventory;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
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
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public TransferDetails receive(String number, long version, @Nullable String binCode,
                                   List<TransferDeliveryLine> delivery) {
        TransferDetails transfer = transfers.details(number);
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
        Map<UUID, TransferLine> lines = new LinkedHashMap<>();
        transfer.lines().forEach(l -> lines.put(l.id(), l));
        Map<UUID, Integer> seen = new HashMap<>();
        for (int i = 0; i < delivery.size(); i++) {
            TransferDeliveryLine in = delivery.get(i);
            if (!lines.containsKey(in.lineId()) || seen.put(in.lineId(), i) != null) {
                throw new InvalidStockInput("lines", "A delivery line does not belong to " + number + " or appears twice.");
            }
        }
        Instant now = clock.instant();
        transfers.transition(transfer, version, List.of(TransferStatus.DISPATCHED, TransferStatus.PARTIALLY_RECEIVED),
                null, now, null);

        String actor = Actors.current();
        List<Move> moves = new ArrayList<>();
        Map<UUID, Integer> outstanding = new HashMap<>();
        lines.values().forEach(l -> outstanding.put(l.id(), l.outstanding()));
        for (int i = 0; i < delivery.size(); i++) {
            TransferDeliveryLine in = delivery.get(i);
            String prefix = "lines[" + i + "].";
            TransferLine line = lines.get(in.lineId());
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
            String note = Transfers.note(in.note(), prefix + "note");
            if ((over > 0 || in.damaged() > 0) && note == null) {
                throw new InvalidStockInput(prefix + "note", over > 0
                        ? in.received() + in.damaged() + " of " + line.sku() + " arrived but only " + open
                          + " were outstanding: say what happened."
                        : "Say what is damaged.");
            }
            if (over > 0) {
                discrepancy(line.id(), TransferDiscrepancyKind.OVER, over, note, actor, now);
            }
            if (in.damaged() > 0) {
                discrepancy(line.id(), TransferDiscrepancyKind.DAMAGED, in.damaged(), note, actor, now);
            }
            outstanding.put(line.id(), Math.max(0, open - in.received() - in.damaged()));
            moves.addAll(arrive(transfer.number(), to, bin, line, in.received(), in.damaged()));
            store.lineArrived(line.id(), in.received(), in.damaged());
        }
        if (!moves.isEmpty()) {
            ledger.apply(moves, null);
        }
        boolean complete = outstanding.values().stream().allMatch(o -> o == 0);
        store.delivered(number, complete ? TransferStatus.RECEIVED : TransferStatus.PARTIALLY_RECEIVED,
                complete ? actor : null, complete ? now : null);
        events.publishEvent(new TransferReceived(number, to.code(), complete));
        return transfers.details(number);
    }

    /**
     * Gives up on what has not arrived: every outstanding unit is recorded short with the note and the
     * transfer is closed. The units left the source at dispatch, so no stock changes.
     */
    @Transactional
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public TransferDetails closeShort(String number, long version, String note) {
        TransferDetails transfer = transfers.details(number);
        String why = Transfers.note(note, "note");
        if (why == null) {
            throw new InvalidStockInput("note", "Say what happened to the missing units.");
        }
        Instant now = clock.instant();
        String actor = Actors.current();
        transfers.transition(transfer, version, List.of(TransferStatus.DISPATCHED, TransferStatus.PARTIALLY_RECEIVED),
                TransferStatus.CLOSED, now, null);
        for (TransferLine line : transfer.lines()) {
            if (line.outstanding() > 0) {
                discrepancy(line.id(), TransferDiscrepancyKind.SHORT, line.outstanding(), why, actor, now);
                store.lineShort(line.id(), line.outstanding());
            }
        }
        events.publishEvent(new TransferReceived(number, transfer.toLocation(), true));
        return transfers.details(number);
    }

    /** The moves that book {@code good} units in, taking lots in the order they left; damaged units use up lots too. */
    private List<Move> arrive(String number, Location to, @Nullable UUID bin, TransferLine line, int good, int damaged) {
        List<OpenPiece> pieces = store.openPieces(line.id());
        Map<String, Integer> byLot = new LinkedHashMap<>();
        Map<String, LocalDate> expiry = new HashMap<>();
        int goodLeft = good;
        int damagedLeft = damaged;
        for (OpenPiece piece : pieces) {
            int open = piece.open();
            int g = Math.min(goodLeft, open);
            int d = Math.min(damagedLeft, open - g);
            if (g + d > 0) {
                store.pieceArrived(piece.id(), g + d);
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
            OpenPiece last = pieces.isEmpty() ? null : pieces.getLast();
            String lot = last == null ? line.lot() : last.lot();
            byLot.merge(lot, goodLeft, Integer::sum);
            if (last != null && last.expiresOn() != null) {
                expiry.put(lot, last.expiresOn());
            }
        }
        List<Move> moves = new ArrayList<>();
        byLot.forEach((lot, quantity) -> moves.add(Move.stock(line.sku(), to, bin, lot, expiry.get(lot),
                MovementKind.TRANSFER_IN, quantity, null, Transfers.SOURCE, number, null)));
        return moves;
    }

    private void discrepancy(UUID line, TransferDiscrepancyKind kind, int quantity, @Nullable String note,
                             String actor, Instant at) {
        store.addDiscrepancy(line, kind, quantity, note == null ? kind.label() : note, actor, at);
    }
}
