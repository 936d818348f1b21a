package dev.focal.inventory;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * inventory.transfer.dispatched: a transfer's stock left {@code fromLocation} and is in transit to
 * {@code toLocation}, expected there on {@code expectedOn} when known.
 */
public record TransferDispatched(String number, String fromLocation, String toLocation, int units,
                                 @Nullable LocalDate expectedOn) {
}
