package dev.focal.procurement;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Criteria for the PO list: text in the number, supplier code or name, or a line's SKU; statuses (empty: all);
 * a supplier; a deliver-to location.
 */
public record PurchaseOrderFilter(@Nullable String text, Set<PurchaseOrderStatus> statuses,
                                  @Nullable String supplierCode, @Nullable String locationCode) {

    public PurchaseOrderFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
    }

    public static PurchaseOrderFilter all() {
        return new PurchaseOrderFilter(null, Set.of(), null, null);
    }

    /** Not yet finished: drafts, awaiting approval, approved, sent, partly received. */
    public static PurchaseOrderFilter open() {
        return new PurchaseOrderFilter(null, EnumSet.of(PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.SUBMITTED,
                PurchaseOrderStatus.APPROVED, PurchaseOrderStatus.SENT, PurchaseOrderStatus.PARTIALLY_RECEIVED), null, null);
    }

    public static PurchaseOrderFilter of(PurchaseOrderStatus status) {
        return new PurchaseOrderFilter(null, Set.of(status), null, null);
    }

    public PurchaseOrderFilter withText(@Nullable String value) {
        return new PurchaseOrderFilter(value, statuses, supplierCode, locationCode);
    }

    public PurchaseOrderFilter withStatuses(Set<PurchaseOrderStatus> value) {
        return new PurchaseOrderFilter(text, value, supplierCode, locationCode);
    }

    public PurchaseOrderFilter withSupplier(@Nullable String value) {
        return new PurchaseOrderFilter(text, statuses, value, locationCode);
    }

    public PurchaseOrderFilter withLocation(@Nullable String value) {
        return new PurchaseOrderFilter(text, statuses, supplierCode, value);
    }
}
