package dev.focal.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A line as a buyer enters it: catalog SKU (or its barcode), quantity (whole packs, at least the supplier's
 * minimum order quantity), unit cost in the supplier's currency (null: the supplier item's cost) and expected
 * date (null: the PO's expected date, else today plus the item's lead time).
 */
public record PurchaseOrderLineDraft(String sku, int quantity, @Nullable BigDecimal unitCost,
                                     @Nullable LocalDate expectedOn) {

    public static PurchaseOrderLineDraft of(String sku, int quantity) {
        return new PurchaseOrderLineDraft(sku, quantity, null, null);
    }
}
