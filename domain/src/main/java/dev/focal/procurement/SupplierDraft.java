package dev.focal.procurement;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A supplier as a form edits it. {@code email} is where purchase orders go; {@code address} may have several
 * lines; {@code currency} is an ISO code (every price and order of the supplier is in it);
 * {@code minimumOrderValue} is checked when a PO is submitted; {@code overReceiptTolerancePercent} (0 to 100)
 * is how much more than ordered a receipt may bring per line.
 */
public record SupplierDraft(String code, String name, String email, @Nullable String phone,
                            @Nullable String contactName, String address, String currency, String paymentTerms,
                            int defaultLeadTimeDays, BigDecimal minimumOrderValue, int overReceiptTolerancePercent,
                            boolean active) {

    /** An empty form for a new supplier in the shop's currency. */
    public static SupplierDraft empty(String currency) {
        return new SupplierDraft("", "", "", null, null, "", currency, "30 days net", 7, BigDecimal.ZERO, 0, true);
    }
}
