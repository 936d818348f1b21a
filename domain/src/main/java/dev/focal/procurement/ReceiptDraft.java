package dev.focal.procurement;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A delivery against a PO at a location; lines are keyed by SKU (the receiving screen scans SKU barcodes). */
public record ReceiptDraft(String poNumber, String locationCode, @Nullable String note, List<ReceiptLineDraft> lines) {

    public ReceiptDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
