package dev.focal.procurement;

import dev.focal.catalog.SkuFacts;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.numbering.DocumentKind;
import dev.focal.numbering.DocumentNumbers;
import dev.focal.procurement.ProcurementExceptions.InvalidPurchaseInput;
import dev.focal.procurement.ProcurementExceptions.PurchaseActionRefused;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordChanged;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordNotFound;
import dev.focal.procurement.PurchaseOrderBook.Header;
import dev.focal.shared.Actors;
import dev.focal.shared.Ids;
import dev.focal.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purchase orders and their workflow (see {@link PurchaseOrderStatus} and docs/procurement.md): a buyer
 * drafts a PO for a supplier and a deliver-to location, sets its lines, submits it; above the approval
 * threshold ({@code focal.procurement.approval-threshold}, in the PO's currency) another buyer or an admin
 * approves it, within it it is approved on submit; then it is sent (PDF e-mailed to the supplier), received
 * ({@link Receiving}) and closed. Every state change is in the PO's history. Writes lock the PO row and check
 * the version the caller read ({@link PurchaseRecordChanged} when stale). Buyers and admins write; warehouse
 * staff read too.
 */
@Service
@Transactional(readOnly = true)
public class PurchaseOrders {

    static final int MAX_LINES = 500;

    private final PurchaseOrderBook book;
    private final Suppliers suppliers;
    private final Locations locations;
    private final DocumentNumbers numbers;
    private final PurchaseOrderPdf pdf;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BigDecimal approvalThreshold;

    PurchaseOrders(PurchaseOrderBook book, Suppliers suppliers, Locations locations,
                   DocumentNumbers numbers, PurchaseOrderPdf pdf, ApplicationEventPublisher events, Clock clock,
                   @Value("${focal.procurement.approval-threshold:1000}") BigDecimal approvalThreshold) {
        this.book = book;
        this.suppliers = suppliers;
        this.locations = locations;
        this.numbers = numbers;
        this.pdf = pdf;
        this.events = events;
        this.clock = clock;
        this.approvalThreshold = approvalThreshold;
    }

    /** POs matching the filter, newest first. */
    @PreAuthorize(ProcurementAccess.PO_READERS)
    public List<PurchaseOrderSummary> find(PurchaseOrderFilter filter, Pageable page) {
        return book.find(filter, page.getPageSize(), page.getOffset());
    }

    @PreAuthorize(ProcurementAccess.PO_READERS)
    public long count(PurchaseOrderFilter filter) {
        return book.count(filter);
    }

    /** The first {@code limit} sent or partly received POs expected today or earlier, the earliest expected first. */
    @PreAuthorize(ProcurementAccess.PO_READERS)
    public List<PurchaseOrderSummary> dueToday(int limit) {
        return book.findDue(LocalDate.now(clock), limit);
    }

    /** How many sent or partly received POs are expected today or earlier. */
    @PreAuthorize(ProcurementAccess.PO_READERS)
    public long countDueToday() {
        return book.countDue(LocalDate.now(clock));
    }

    /** @throws PurchaseRecordNotFound when there is no PO with that number */
    @PreAuthorize(ProcurementAccess.PO_READERS)
    public PurchaseOrderDetails get(String number) {
        return book.get(number);
    }

    /**
     * Starts a draft PO for a supplier, delivered to a stock location; returns its number (PO-2026-0001).
     * The signed-in user is its author.
     *
     * @throws InvalidPurchaseInput naming {@code supplierCode}, {@code deliverTo}, {@code expectedOn} or {@code note}
     */
    @Transactional
    @PreAuthorize(ProcurementAccess.BUYERS)
    public String create(String supplierCode, String deliverToLocationCode, @Nullable LocalDate expectedOn,
                         @Nullable String note) {
        SupplierDetails supplier = suppliers.findDetails(supplierCode)
                .orElseThrow(() -> new InvalidPurchaseInput("supplierCode", supplierCode == null || supplierCode.isBlank()
                        ? "Choose a supplier." : "There is no supplier " + supplierCode.strip() + "."));
        if (!supplier.active()) {
            throw new InvalidPurchaseInput("supplierCode", "Supplier " + supplier.code() + " is inactive; activate it first.");
        }
        Location location = deliverTo(deliverToLocationCode);
        checkExpected(expectedOn, "expectedOn");
        String number = numbers.next(DocumentKind.PURCHASE_ORDER);
        UUID id = Ids.newId();
        book.insert(id, number, suppliers.idOf(supplier.code()), location.id(), location.code(), supplier.currency(),
                Actors.current(), clock.instant(), expectedOn, note(note, "note"));
        book.record(id, "CREATED", null, PurchaseOrderStatus.DRAFT, "for " + supplier.label() + ", deliver to "
                + location.code());
        return number;
    }

    /**
     * Changes a draft's deliver-to location, expected date and note.
     *
     * @throws InvalidPurchaseInput naming {@code deliverTo}, {@code expectedOn} or {@code note}
     */
    @Transactional
    @PreAuthorize(ProcurementAccess.BUYERS)
    public void updateHeader(String number, long version, String deliverToLocationCode, @Nullable LocalDate expectedOn,
                             @Nullable String note) {
        Header po = book.lock(number, version);
        PurchaseOrderWorkflow.require(po.number(), po.status(), PurchaseOrderAction.CHANGE_DELIVERY);
        Location location = deliverTo(deliverToLocationCode);
        checkExpected(expectedOn, "expectedOn");
        book.updateHeader(po.id(), location.id(), location.code(), expectedOn, note(note, "note"));
        book.record(po.id(), "EDITED", null, null, "deliver to " + location.code()
                + (expectedOn == null ? "" : ", expected " + expectedOn));
    }

    /**
     * Replaces the lines of a draft. One line per SKU; quantities are whole packs of the supplier item and at
     * least its minimum order quantity (the message suggests the next quantity that fits). Unit cost defaults to
     * the supplier item's; a SKU the supplier has no item for needs a unit cost. Expected date defaults to the
     * PO's, else today plus the item's lead time.
     *
     * @throws InvalidPurchaseInput naming the line's field ({@code lines[2].quantity})
     * @throws PurchaseActionRefused when the PO is not a draft
     */
    @Transactional
    @PreAuthorize(ProcurementAccess.BUYERS)
    public void setLines(String number, long version, List<PurchaseOrderLineDraft> lines) {
        Header po = book.lock(number, version);
        PurchaseOrderWorkflow.require(po.number(), po.status(), PurchaseOrderAction.CHANGE_LINES);
        if (lines == null) {
            lines = List.of();
        }
        if (lines.size() > MAX_LINES) {
            throw new InvalidPurchaseInput("lines", "A purchase order has at most " + MAX_LINES + " lines.");
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> seen = new HashMap<>();
        List<PurchaseOrderBook.NewLine> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PurchaseOrderLineDraft draft = lines.get(i);
            String at = "lines[" + i + "].";
            if (draft == null) {
                throw new InvalidPurchaseInput(at + "sku", "Scan or enter a SKU.");
            }
            SkuFacts sku = suppliers.sku(draft.sku(), at + "sku");
            Integer earlier = seen.putIfAbsent(sku.sku(), i);
            if (earlier != null) {
                throw new InvalidPurchaseInput(at + "sku", sku.sku() + " is on line " + (earlier + 1)
                        + " already; change the quantity there.");
            }
            var item = suppliers.findItem(po.supplierCode(), sku.sku());
            if (draft.quantity() < 1 || draft.quantity() > 100_000) {
                throw new InvalidPurchaseInput(at + "quantity", "Order 1 to 100000 units.");
            }
            if (item.isPresent() && !Orderable.fits(draft.quantity(), item.get().packSize(), item.get().minimumOrderQuantity())) {
                var it = item.get();
                int suggestion = it.orderableQuantity(draft.quantity());
                String rule = it.packSize() > 1 && it.minimumOrderQuantity() > 1
                        ? "comes in packs of " + it.packSize() + " with a minimum order of " + it.minimumOrderQuantity()
                        : it.packSize() > 1 ? "comes in packs of " + it.packSize()
                        : "has a minimum order of " + it.minimumOrderQuantity();
                throw new InvalidPurchaseInput(at + "quantity", sku.sku() + " " + rule + " at " + po.supplierCode()
                        + ": order " + suggestion + " instead of " + draft.quantity() + ".");
            }
            BigDecimal cost;
            if (draft.unitCost() != null) {
                cost = Suppliers.unitCost(draft.unitCost(), at + "unitCost");
            } else if (item.isPresent()) {
                cost = item.get().unitCost();
            } else {
                throw new InvalidPurchaseInput(at + "unitCost", po.supplierCode() + " has no item for " + sku.sku()
                        + ": enter the unit cost (or add the supplier item first).");
            }
            LocalDate expected = draft.expectedOn();
            if (expected == null) {
                expected = po.expectedOn() != null ? po.expectedOn()
                        : today.plusDays(item.map(SupplierItem::effectiveLeadTimeDays).orElse(po.defaultLeadTimeDays()));
            }
            checkExpected(expected, at + "expectedOn");
            rows.add(new PurchaseOrderBook.NewLine(Ids.newId(), po.id(), i + 1, sku.sku(),
                    item.map(SupplierItem::supplierSku).orElse(null), sku.description(), draft.quantity(), cost, expected));
        }
        book.replaceLines(po.id(), rows);
        BigDecimal total = book.recomputeTotal(po.id());
        book.touch(po.id());
        book.record(po.id(), "LINES", null, null, rows.size() + " line" + (rows.size() == 1 ? "" : "s") + ", total "
                + new Money(total, Currency.getInstance(po.currency())));
    }

    /**
     * Submits a draft: checks it has lines and reaches the supplier's minimum order value; above the approval
     * threshold it waits for approval (SUBMITTED), within it it is approved at once (APPROVED, no approver).
     *
     * @throws InvalidPurchaseInput naming {@code lines} (none) or {@code total} (below the supplier's minimum)
     */
    @Transactional
    @PreAuthorize(ProcurementAccess.BUYERS)
    public void submit(String number, long version) {
        Header po = book.lock(number, version);
        PurchaseOrderWorkflow.require(po.number(), po.status(), PurchaseOrderAction.SUBMIT);
        int lines = book.countLines(po.id());
        if (lines == 0) {
            throw new InvalidPurchaseInput("lines", "Add at least one line before submitting.");
        }
        Money total = po.totalMoney();
        Money minimum = new Money(po.minimumOrderValue(), total.currency());
        if (minimum.isGreaterThan(total)) {
            throw new InvalidPurchaseInput("total", "The order totals " + total + "; " + po.supplierName()
                    + " takes orders from " + minimum + ". Add " + minimum.minus(total) + " more before submitting.");
        }
        Money threshold = new Money(approvalThreshold, total.currency());
        if (total.isGreaterThan(threshold)) {
            book.move(po, PurchaseOrderStatus.SUBMITTED, "SUBMITTED",
                    "total " + total + " is above the approval threshold " + threshold + ": waits for approval",
                    "submitted_at = :now");
        } else {
            book.move(po, PurchaseOrderStatus.SUBMITTED, "SUBMITTED", null, "submitted_at = :now");
            Header submitted = book.lock(po.number());
            book.move(submitted, PurchaseOrderStatus.APPROVED, "APPROVED",
                    "approved on submit: total " + total + " is within the approval threshold " + threshold,
                    "approved_at = :now", "rejection_reason = null");
            events.publishEvent(new PurchaseOrderApproved(po.number(), po.supplierCode(), total, null));
        }
    }

    /**
     * Approves a submitted PO. The approver cannot be its author.
     *
     * @throws InvalidPurchaseInput naming {@code approver} when the signed-in user wrote the PO
     */
    @Transactional
    @PreAuthorize(ProcurementAccess.BUYERS)
    public void approve(String number, long version) {
        Header po = book.lock(number, version);
        PurchaseOrderWorkflow.require(po.number(), po.status(), PurchaseOrderAction.APPROVE);
        String approver = Actors.current();
        if (approver.equals(po.author())) {
            throw new InvalidPurchaseInput("approver", "You wrote " + po.number()
                    + ": another buyer or an admin has to approve it.");
        }
        book.move(po, PurchaseOrderStatus.APPROVED, "APPROVED", null, "approver = :actor", "approved_at = :now",
                "rejection_reason = null");
        events.publishEvent(new PurchaseOrderApproved(po.number(), po.supplierCode(), po.totalMoney(), approver));
    }

    /**
     * Sends a submitted PO back to its author as a draft, keeping the reason.
     *
     * @throws InvalidPurchaseInput naming {@code reason} when it is empty
     */
    @Transactional
    @PreAuthorize(ProcurementAccess.BUYERS)
    public void reject(String number, long version, String reason) {
        Header po = book.lock(number, version);
        PurchaseOrderWorkflow.require(po.number(), po.status(), PurchaseOrderAction.REJECT);
        String why = reason(reason);
        book.setRejectionReason(po.id(), why);
        book.move(po, PurchaseOrderStatus.DRAFT, "REJECTED", why, "submitted_at = null");
    }

    /**
     * Sends an approved PO to the supplier: publishes {@link PurchaseOrderSent}, which the notifications module
     * turns into an e-mail with the PDF attached (rendered by {@link PurchaseOrderMailings}, delivered by a job).
     */
    @Transactional
    @PreAuthorize(ProcurementAccess.BUYERS)
    public void send(String number, long version) {
        Header po = book.lock(number, version);
        PurchaseOrderWorkflow.require(po.number(), po.status(), PurchaseOrderAction.SEND);
        SupplierDetails supplier = suppliers.get(po.supplierCode());
        book.move(po, PurchaseOrderStatus.SENT, "SENT", "to " + supplier.email(), "sent_at = :now");
        PurchaseOrderDetails details = book.get(po.number());
        events.publishEvent(new PurchaseOrderSent(po.number(), supplier.code(), details.total(), details.expectedOn(),
                details.deliverTo(), Actors.current()));
    }

    /**
     * Cancels a PO that nothing was received against (any state before receiving).
     *
     * @throws PurchaseActionRefused once goods were received (close it instead) or when it is finished
     * @throws InvalidPurchaseInput naming {@code reason} when it is empty
     */
    @Transactional
    @PreAuthorize(ProcurementAccess.BUYERS)
    public void cancel(String number, long version, String reason) {
        Header po = book.lock(number, version);
        int receipts = book.countReceipts(po.id());
        if (receipts > 0) {
            throw new PurchaseActionRefused(PurchaseOrderWorkflow.goodsReceived(po.number()));
        }
        PurchaseOrderWorkflow.require(po.number(), po.status(), PurchaseOrderAction.CANCEL);
        String why = reason(reason);
        book.closeLines(po.id());
        book.setCancelReason(po.id(), why);
        book.move(po, PurchaseOrderStatus.CANCELLED, "CANCELLED", why, "closed_at = :now");
    }

    /**
     * Closes a received or partly received PO; lines still outstanding are closed short (the backorder is
     * dropped and no longer counts as incoming supply).
     */
    @Transactional
    @PreAuthorize(ProcurementAccess.BUYERS)
    public void close(String number, long version) {
        Header po = book.lock(number, version);
        PurchaseOrderWorkflow.require(po.number(), po.status(), PurchaseOrderAction.CLOSE);
        var open = book.outstanding(po.id());
        book.closeLines(po.id());
        book.move(po, PurchaseOrderStatus.CLOSED, "CLOSED", open.lines() == 0 ? "all lines received"
                : "closed short: backorder of " + open.units() + " unit" + (open.units() == 1 ? "" : "s") + " on "
                + open.lines() + " line" + (open.lines() == 1 ? "" : "s") + " dropped", "closed_at = :now");
    }

    /** The PO as a PDF document (what the supplier gets when it is sent). */
    @PreAuthorize(ProcurementAccess.PO_READERS)
    public byte[] pdf(String number) {
        PurchaseOrderDetails details = book.get(number);
        return pdf.render(details, suppliers.get(details.supplier().code()), locationName(details.deliverTo()));
    }

    /** Who did what when, oldest first. */
    @PreAuthorize(ProcurementAccess.PO_READERS)
    public List<PurchaseOrderEvent> history(String number) {
        return book.history(book.idOf(number));
    }

    /** The approval threshold: POs with a higher total wait for a second person's approval. */
    @PreAuthorize(ProcurementAccess.PO_READERS)
    public BigDecimal approvalThreshold() {
        return approvalThreshold;
    }

    private @Nullable String locationName(String code) {
        return locations.find(code).map(Location::name).orElse(null);
    }

    private Location deliverTo(@Nullable String code) {
        Location location = locations.find(code).orElseThrow(() -> new InvalidPurchaseInput("deliverTo",
                code == null || code.isBlank() ? "Choose where the goods are delivered." : "There is no location " + code.strip() + "."));
        if (!location.active()) {
            throw new InvalidPurchaseInput("deliverTo", "Location " + location.code() + " is closed.");
        }
        return location;
    }

    private void checkExpected(@Nullable LocalDate expected, String field) {
        if (expected != null && expected.isBefore(LocalDate.now(clock))) {
            throw new InvalidPurchaseInput(field, "The expected date cannot be in the past.");
        }
        if (expected != null && expected.isAfter(LocalDate.now(clock).plusYears(2))) {
            throw new InvalidPurchaseInput(field, "Expect the goods within two years.");
        }
    }

    private static @Nullable String note(@Nullable String note, String field) {
        String n = note == null ? "" : note.strip();
        if (n.length() > 1000) {
            throw new InvalidPurchaseInput(field, "Keep the note to 1000 characters.");
        }
        return n.isEmpty() ? null : n;
    }

    private static String reason(@Nullable String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > 500) {
            throw new InvalidPurchaseInput("reason", "Say why (1 to 500 characters).");
        }
        return r;
    }
}
