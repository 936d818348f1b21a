package dev.focal.inventory;

import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.InventoryExceptions.StockNotFound;
import dev.focal.inventory.InventoryExceptions.StockRecordChanged;
import dev.focal.shared.Actors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
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
 * <p>Three services, one per audience: this one lists and shows transfers to every staff member;
 * {@link TransferDispatch} requests, dispatches and cancels them at the source; {@link TransferReceiving} books
 * deliveries in or closes them short at the destination. Their SQL is in {@link TransferStore} (ADR 0013).
 *
 * <p>Warehouse staff and admins act; every staff member reads. Every change names the version it was made
 * on, so two people acting on one transfer at once cannot both succeed.
 */
@Service
@Transactional(readOnly = true)
public class Transfers {

    /** The source type of a transfer's movements in the ledger (their source ref is the transfer number). */
    public static final String SOURCE = "TRANSFER";

    private final TransferStore store;

    Transfers(TransferStore store) {
        this.store = store;
    }

    /** @throws StockNotFound when there is no such transfer */
    @PreAuthorize(InventoryAccess.STAFF)
    public TransferDetails get(String number) {
        return details(number);
    }

    /** Transfers matching the filter, newest first. */
    @PreAuthorize(InventoryAccess.STAFF)
    public List<TransferSummary> find(TransferFilter filter, Pageable page) {
        return store.summaries(filter, page.getPageSize(), page.getOffset());
    }

    @PreAuthorize(InventoryAccess.STAFF)
    public long count(TransferFilter filter) {
        return store.count(filter);
    }

    // --- shared by the dispatch and receiving services ----------------------------------------------------------

    /** @throws StockNotFound when there is no such transfer */
    TransferDetails details(@Nullable String number) {
        String key = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        return store.details(key).orElseThrow(() -> new StockNotFound("transfer " + key));
    }

    /**
     * Moves the transfer on (or only bumps its version when {@code to} is null) if it is still at
     * {@code version} and in one of {@code from}; otherwise says why not. {@code now} stamps it.
     */
    void transition(TransferDetails transfer, long version, List<TransferStatus> from, @Nullable TransferStatus to,
                    Instant now, @Nullable LocalDate expectedOn) {
        if (store.transition(transfer.id(), version, from, to, Actors.current(), now, expectedOn)) {
            return;
        }
        if (transfer.version() != version) {
            throw new StockRecordChanged("Transfer " + transfer.number());
        }
        TransferDetails current = details(transfer.number());
        if (!from.contains(current.status())) {
            throw new StockDocumentRefused(refusal(current, to));
        }
        throw new StockRecordChanged("Transfer " + transfer.number());
    }

    private static String refusal(TransferDetails transfer, @Nullable TransferStatus wanted) {
        String is = transfer.number() + " is " + transfer.status().label().toLowerCase(Locale.ROOT);
        if (wanted == TransferStatus.CANCELLED) {
            return is + ": only a transfer that has not been dispatched can be cancelled"
                   + (transfer.status().inTransit() ? "; receive it or close it short instead." : ".");
        }
        if (wanted == TransferStatus.DISPATCHED) {
            return is + ": it can be dispatched only once, while it is requested.";
        }
        return is + ": only a dispatched transfer can be received or closed.";
    }

    static @Nullable String note(@Nullable String note, String field) {
        String n = note == null ? "" : note.strip();
        if (n.length() > 500) {
            throw new InvalidStockInput(field, "Keep the note to 500 characters.");
        }
        return n.isEmpty() ? null : n;
    }
}
