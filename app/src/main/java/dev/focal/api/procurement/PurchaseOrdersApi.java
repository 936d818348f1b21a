package dev.focal.api.procurement;

import dev.focal.api.core.ApiInputException;
import dev.focal.procurement.PurchaseOrderDetails;
import dev.focal.procurement.PurchaseOrderFilter;
import dev.focal.procurement.PurchaseOrderLineStatus;
import dev.focal.procurement.PurchaseOrderStatus;
import dev.focal.procurement.PurchaseOrderSummary;
import dev.focal.procurement.PurchaseOrders;
import dev.focal.procurement.Receiving;
import dev.focal.procurement.ReceiptView;
import dev.focal.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Purchase orders for staff (ADMIN, BUYER, WAREHOUSE), read only: the list with filters and one PO with its
 * lines (ordered, received, damaged, outstanding per line) and its goods receipts.
 */
@RestController
@RequestMapping("/api/v1/purchase-orders")
class PurchaseOrdersApi {

    private final PurchaseOrders purchaseOrders;
    private final Receiving receiving;

    PurchaseOrdersApi(PurchaseOrders purchaseOrders, Receiving receiving) {
        this.purchaseOrders = purchaseOrders;
        this.receiving = receiving;
    }

    @GetMapping
    PurchaseOrderPage list(@RequestParam(required = false) @Nullable List<String> status,
                           @RequestParam(required = false) @Nullable String supplier,
                           @RequestParam(required = false) @Nullable String location,
                           @RequestParam(required = false) @Nullable String q,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new ApiInputException("page", "Pages are counted from 0.");
        }
        if (size < 1 || size > 200) {
            throw new ApiInputException("size", "A page holds 1 to 200 purchase orders.");
        }
        Set<PurchaseOrderStatus> statuses = EnumSet.noneOf(PurchaseOrderStatus.class);
        if (status != null) {
            for (String value : status) {
                for (String one : value.split(",")) {
                    if (one.isBlank()) {
                        continue;
                    }
                    try {
                        statuses.add(PurchaseOrderStatus.valueOf(one.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
                    } catch (IllegalArgumentException e) {
                        throw new ApiInputException("status", "Unknown status '" + one.strip() + "'. Use "
                                + String.join(", ", EnumSet.allOf(PurchaseOrderStatus.class).stream().map(Enum::name).toList())
                                + ".");
                    }
                }
            }
        }
        var filter = new PurchaseOrderFilter(q, statuses, supplier, location);
        return new PurchaseOrderPage(purchaseOrders.find(filter, PageRequest.of(page, size)), page, size,
                purchaseOrders.count(filter));
    }

    @GetMapping("/{number}")
    PurchaseOrderJson one(@PathVariable String number) {
        PurchaseOrderDetails po = purchaseOrders.get(number);
        return new PurchaseOrderJson(po.number(), po.supplier(), po.deliverTo(), po.status(), po.author(), po.approver(),
                po.createdAt(), po.submittedAt(), po.approvedAt(), po.sentAt(), po.closedAt(), po.expectedOn(),
                po.total(), po.version(), po.note(), po.rejectionReason(), po.cancelReason(),
                po.lines().stream().map(l -> new LineJson(l.lineNo(), l.sku(), l.description(), l.supplierSku(),
                        l.ordered(), l.received(), l.damaged(), l.outstanding(), l.unitCost(), l.lineTotal(),
                        l.expectedOn(), l.status())).toList(),
                receiving.receiptsOf(po.number()));
    }

    record PurchaseOrderPage(List<PurchaseOrderSummary> items, int page, int size, long total) {
    }

    /** A PO as the API shows it: header, lines with what is outstanding, and its goods receipts. */
    record PurchaseOrderJson(String number, PurchaseOrderDetails.SupplierRef supplier, String deliverTo,
                             PurchaseOrderStatus status, String author, @Nullable String approver, Instant createdAt,
                             @Nullable Instant submittedAt, @Nullable Instant approvedAt, @Nullable Instant sentAt,
                             @Nullable Instant closedAt, @Nullable LocalDate expectedOn, Money total, long version,
                             @Nullable String note, @Nullable String rejectionReason, @Nullable String cancelReason,
                             List<LineJson> lines, List<ReceiptView> receipts) {
    }

    record LineJson(int lineNo, String sku, String description, @Nullable String supplierSku, int ordered, int received,
                    int damaged, int outstanding, BigDecimal unitCost, BigDecimal lineTotal, LocalDate expectedOn,
                    PurchaseOrderLineStatus status) {
    }
}
