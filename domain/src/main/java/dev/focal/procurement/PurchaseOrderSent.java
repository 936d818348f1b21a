package dev.focal.procurement;

import dev.focal.shared.Money;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * procurement.po.sent: a PO went to its supplier. Carries no address, contact or PDF: the e-mail to the
 * supplier loads them from {@link PurchaseOrderMailings} when it is queued, so the event publication registry
 * holds neither personal data nor documents.
 */
public record PurchaseOrderSent(String number, String supplierCode, Money total, @Nullable LocalDate expectedOn,
                                String deliverTo, String sentBy) {
}
