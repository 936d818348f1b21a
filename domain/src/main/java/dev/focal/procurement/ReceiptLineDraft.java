package dev.focal.procurement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One scanned SKU of a delivery: good units (go into stock), damaged units (recorded, not stocked), lot and
 * expiry (required for contact lenses) and the bin the good units go to (null: unplaced at the location).
 */
public record ReceiptLineDraft(String sku, int quantity, int damaged, @Nullable String lot,
                               @Nullable LocalDate expiresOn, @Nullable String binCode) {

    public static ReceiptLineDraft of(String sku, int quantity) {
        return new ReceiptLineDraft(sku, quantity, 0, null, null, null);
    }
}
