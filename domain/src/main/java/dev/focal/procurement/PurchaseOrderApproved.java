package dev.focal.procurement;

import dev.focal.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * procurement.po.approved: a PO was approved, by a person ({@code approver}) or on submit because its total
 * was within the approval threshold ({@code approver} null).
 */
public record PurchaseOrderApproved(String number, String supplierCode, Money total, @Nullable String approver) {
}
