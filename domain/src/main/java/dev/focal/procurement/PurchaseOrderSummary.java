package dev.focal.procurement;

import dev.focal.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A row of a PO list: header facts and line totals (units ordered, received good, still outstanding). */
public record PurchaseOrderSummary(String number, String supplierCode, String supplierName, String deliverTo,
                                   PurchaseOrderStatus status, String author, Instant createdAt,
                                   @Nullable LocalDate expectedOn, Money total, int lines, int ordered, int received,
                                   int outstanding, long version) {
}
