package dev.focal.inventory;

import org.jspecify.annotations.Nullable;

/** What a scan did on a count sheet. */
public sealed interface CountScanOutcome {

    /** The bin is now the place being counted ({@code null} code = stock not put away). */
    record BinChosen(@Nullable String binCode) implements CountScanOutcome {
    }

    /** One more unit of a SKU in the current place; {@code counted} is the line's count now. */
    record Counted(CountedLine line) implements CountScanOutcome {
    }

    /** Nothing changed; the message says why (unknown barcode, not on this sheet, no bin chosen yet). */
    record Refused(String message) implements CountScanOutcome {
    }
}
