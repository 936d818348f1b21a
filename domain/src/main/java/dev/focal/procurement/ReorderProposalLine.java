package dev.focal.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One SKU x location of a proposal: the figures it was computed from (available, on order, reorder point),
 * the quantity the job suggested, the quantity to order (the buyer may change it; {@code edited} then), the
 * preferred supplier item's cost, pack size, minimum and lead time, and {@code math}: the calculation in words.
 */
public record ReorderProposalLine(UUID id, String sku, String description, String locationCode,
                                  String supplierSku, int available, int onOrder, int reorderPoint, int suggested,
                                  int quantity, boolean edited, BigDecimal unitCost, int packSize,
                                  int minimumOrderQuantity, int leadTimeDays, LocalDate expectedOn, String math) {

    public BigDecimal lineTotal() {
        return unitCost.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
    }
}
