package dev.focal.inventory;

import org.jspecify.annotations.Nullable;

/** Filters of the transfer list; null means any. {@code location} matches either end. */
public record TransferFilter(@Nullable TransferStatus status, @Nullable String location, @Nullable String text) {
    public static TransferFilter all() {
        return new TransferFilter(null, null, null);
    }
}
