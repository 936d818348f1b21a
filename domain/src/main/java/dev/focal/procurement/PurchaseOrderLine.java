package dev.focal.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A PO line: ordered, received (good units) and damaged quantities. {@code received} counts only good units
 * (put into stock); damaged units are recorded for the supplier claim and do not reduce what is outstanding.
 */
public record PurchaseOrderLine(UUID id, int lineNo, String sku, String description, @Nullable String supplierSku,
                                int ordered, int received, int damaged, BigDecimal unitCost, LocalDate expectedOn,
                                PurchaseOrderLineStatus status) {

    /** Units still to come: none once received in full or closed. */
    public int outstanding() {
        return status == PurchaseOrderLineStatus.CLOSED ? 0 : Math.max(0, ordered - received);
    }

    /** Ordered x unit cost, to the cent. */
    public BigDecimal lineTotal() {
        return unitCost.multiply(BigDecimal.valueOf(ordered)).setScale(2, RoundingMode.HALF_UP);
    }

    public PurchaseOrderLineDraft draft() {
        return new PurchaseOrderLineDraft(sku, ordered, unitCost, expectedOn);
    }
}
