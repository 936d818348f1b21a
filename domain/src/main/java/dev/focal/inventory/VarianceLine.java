package dev.focal.inventory;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A count sheet line for review: expected (snapshot), counted, the variance, and today's stock of the place. */
public record VarianceLine(UUID id, @Nullable String binCode, String sku, String description, int expected,
                           @Nullable Integer counted, int now, boolean recount) {
    public int variance() {
        return counted == null ? 0 : counted - expected;
    }

    /** The place's stock changed since the snapshot while the count differs: approving would guess. */
    public boolean stale() {
        return now != expected && variance() != 0;
    }

    public String placeLabel() {
        return binCode == null ? "not put away" : binCode;
    }
}
