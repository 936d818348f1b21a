package dev.focal.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A supplier with everything a form shows; {@link #draft()} gives the values to edit, {@code version} to save them. */
public record SupplierDetails(String code, String name, String email, @Nullable String phone,
                              @Nullable String contactName, String address, String currency, String paymentTerms,
                              int defaultLeadTimeDays, BigDecimal minimumOrderValue, int overReceiptTolerancePercent,
                              boolean active, long version, Instant createdAt, Instant updatedAt) {

    public SupplierDraft draft() {
        return new SupplierDraft(code, name, email, phone, contactName, address, currency, paymentTerms,
                defaultLeadTimeDays, minimumOrderValue, overReceiptTolerancePercent, active);
    }

    /** "ZEISS-DE · Carl Zeiss Vision" */
    public String label() {
        return code + " · " + name;
    }
}
