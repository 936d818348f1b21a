package dev.focal.procurement;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How a supplier delivered, over its received POs: average promised lead time (line expected date minus the
 * day the PO was sent) and actual lead time (receipt day minus the day sent) in days, fill rate (good units
 * received, at most the ordered quantity, over units ordered, on received or closed lines) and on-time rate
 * (receipt lines booked on or before their PO line's expected date). Rates are 0 to 1; null when there is
 * nothing to measure yet.
 */
public record SupplierPerformanceRow(String supplierCode, String supplierName, int purchaseOrders, int receipts,
                                     @Nullable BigDecimal promisedLeadTimeDays, @Nullable BigDecimal actualLeadTimeDays,
                                     @Nullable BigDecimal fillRate, @Nullable BigDecimal onTimeRate, int lateReceiptLines,
                                     int damagedUnits) {

    /** Actual minus promised lead time in days: positive = slower than promised. */
    public @Nullable BigDecimal leadTimeSlipDays() {
        return promisedLeadTimeDays == null || actualLeadTimeDays == null ? null
                : actualLeadTimeDays.subtract(promisedLeadTimeDays);
    }
}
