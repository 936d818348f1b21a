package dev.focal.procurement;

import dev.focal.shared.Money;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * procurement.po.sent: a PO went to its supplier. Carries what the e-mail to the supplier needs, including the
 * PO as rendered at sending ({@code pdf}, a few kilobytes), so the message shows exactly what was sent.
 */
public record PurchaseOrderSent(String number, String supplierCode, String supplierName, String supplierEmail,
                                @Nullable String contactName, Money total, @Nullable LocalDate expectedOn,
                                String deliverTo, String sentBy, String pdfName, byte[] pdf) {
}
