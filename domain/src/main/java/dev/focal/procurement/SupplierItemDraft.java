package dev.focal.procurement;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a supplier sells us for one catalog SKU: its own article number, the unit cost in the supplier's
 * currency, the pack size (orders are multiples of it, at least 1), the minimum order quantity (at least 1)
 * and the lead time in days (null: the supplier's default).
 */
public record SupplierItemDraft(String sku, String supplierSku, BigDecimal unitCost, int packSize,
                                int minimumOrderQuantity, @Nullable Integer leadTimeDays) {
}
