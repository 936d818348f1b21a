package dev.focal.procurement;

import java.util.List;

/**
 * procurement.po.received: a delivery was booked against a PO (receipt {@code receiptNumber}); {@code status}
 * is the PO's status after it (PARTIALLY_RECEIVED or RECEIVED). Good units are in stock at {@code locationCode}.
 */
public record PurchaseOrderReceived(String poNumber, String receiptNumber, String locationCode,
                                    PurchaseOrderStatus status, List<Line> lines) {

    public PurchaseOrderReceived {
        lines = List.copyOf(lines);
    }

    public record Line(String sku, int quantity, int damaged) {
    }
}
