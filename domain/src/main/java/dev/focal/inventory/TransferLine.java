package dev.focal.inventory;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A line of a transfer: what was asked for, dispatched, received, damaged and short, with its discrepancies. */
public record TransferLine(UUID id, int lineNo, String sku, String description, int quantity, @Nullable String binCode,
                           String lot, int dispatched, int received, int damaged, int shortQuantity,
                           List<TransferDiscrepancy> discrepancies) {
    /** Dispatched units that have neither arrived nor been written off as damaged or short: in transit. */
    public int outstanding() {
        return Math.max(0, dispatched - received - damaged - shortQuantity);
    }
}
