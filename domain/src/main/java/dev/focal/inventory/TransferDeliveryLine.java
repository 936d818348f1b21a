package dev.focal.inventory;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What arrived for one transfer line in one delivery: good units, damaged units, and a note for any difference. */
public record TransferDeliveryLine(UUID lineId, int received, int damaged, @Nullable String note) {
}
