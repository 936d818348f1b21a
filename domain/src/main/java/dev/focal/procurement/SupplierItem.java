package dev.focal.procurement;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A supplier item as stored, with the catalog description of the SKU and the lead time that applies
 * ({@code effectiveLeadTimeDays}: the item's own, else the supplier's default).
 */
public record SupplierItem(String supplierCode, String sku, String description, String supplierSku,
                           BigDecimal unitCost, String currency, int packSize, int minimumOrderQuantity,
                           @Nullable Integer leadTimeDays, int effectiveLeadTimeDays, long version) {

    public SupplierItemDraft draft() {
        return new SupplierItemDraft(sku, supplierSku, unitCost, packSize, minimumOrderQuantity, leadTimeDays);
    }

    /**
     * The smallest quantity the supplier accepts that is at least {@code wanted}: at least the minimum order
     * quantity, rounded up to whole packs.
     */
    public int orderableQuantity(int wanted) {
        return Orderable.roundUp(wanted, packSize, minimumOrderQuantity);
    }
}
