package dev.focal.inventory;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A new transfer. {@code expectedOn} is when it should arrive (counted by availability to promise). */
public record TransferDraft(String fromLocation, String toLocation, @Nullable LocalDate expectedOn,
                            @Nullable String note, List<TransferDraftLine> lines) {
    public TransferDraft {
        lines = List.copyOf(lines);
    }
}
