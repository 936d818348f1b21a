package dev.focal.procurement;

import dev.focal.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A purchase order with its lines. {@code approver} is set once approved by a person (null when the total was
 * within the threshold and it was approved on submit). {@code rejectionReason} is the last rejection's reason,
 * kept while the PO is a draft again.
 */
public record PurchaseOrderDetails(String number, SupplierRef supplier, String deliverTo, PurchaseOrderStatus status,
                                   String author, @Nullable String approver, Instant createdAt,
                                   @Nullable Instant submittedAt, @Nullable Instant approvedAt, @Nullable Instant sentAt,
                                   @Nullable Instant closedAt, @Nullable LocalDate expectedOn, Money total, long version,
                                   @Nullable String note, @Nullable String rejectionReason, @Nullable String cancelReason,
                                   List<PurchaseOrderLine> lines) {

    public PurchaseOrderDetails {
        lines = List.copyOf(lines);
    }

    /** The supplier as a PO shows it. */
    public record SupplierRef(String code, String name, String currency, String email, String paymentTerms) {
    }

    public Optional<PurchaseOrderLine> line(String sku) {
        return lines.stream().filter(l -> l.sku().equalsIgnoreCase(sku.strip())).findFirst();
    }

    public int ordered() {
        return lines.stream().mapToInt(PurchaseOrderLine::ordered).sum();
    }

    public int received() {
        return lines.stream().mapToInt(PurchaseOrderLine::received).sum();
    }

    public int outstanding() {
        return lines.stream().mapToInt(PurchaseOrderLine::outstanding).sum();
    }

    public boolean editable() {
        return status == PurchaseOrderStatus.DRAFT;
    }
}
