package dev.focal.inventory;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A count sheet line as the counter sees it: what they counted, never what was expected. */
public record CountedLine(UUID id, @Nullable String binCode, String sku, String description, int counted,
                          boolean recount) {
}
