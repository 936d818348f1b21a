package dev.focal.procurement;

import dev.focal.catalog.Catalog;
import dev.focal.catalog.SkuFacts;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.inventory.StockFigures;
import dev.focal.inventory.StockReceipt;
import dev.focal.numbering.DocumentKind;
import dev.focal.numbering.DocumentNumbers;
import dev.focal.procurement.ProcurementExceptions.InvalidPurchaseInput;
import dev.focal.procurement.ProcurementExceptions.PurchaseActionRefused;
import dev.focal.procurement.PurchaseOrderBook.Header;
import dev.focal.shared.Actors;
import dev.focal.shared.Ids;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receiving deliveries against sent purchase orders. Each delivery is its own goods receipt (GR-2026-0001)
 * with lines keyed by SKU (the screen scans SKU barcodes; a SKU may come on several lines, one per lot or bin).
 * Rules, all checked before anything is written and in one transaction with the stock movements:
 * <ul>
 *   <li>only SKUs on the PO; only at the PO's deliver-to location; lines closed short take nothing more;</li>
 *   <li>good units up to the ordered quantity plus the supplier's over-receipt tolerance (percent of the ordered
 *       quantity, rounded down); beyond it the receipt is refused naming the line;</li>
 *   <li>damaged units are recorded on the receipt and the PO line, not put into stock, and do not reduce what is
 *       outstanding (the backorder stays open);</li>
 *   <li>good units go into stock through {@link Inventory#receive}, and the SKU's moving-average cost follows
 *       ({@link SkuCosts});</li>
 *   <li>the PO row is locked while receiving, so two receivers at once cannot together exceed the tolerance.</li>
 * </ul>
 * Warehouse staff, buyers and admins receive.
 */
@Service
@Transactional(readOnly = true)
public class Receiving {


    private final ReceiptStore receipts;
    private final PurchaseOrderBook book;
    private final PurchaseOrders purchaseOrders;
    private final DocumentNumbers numbers;
    private final Inventory inventory;
    private final Locations locations;
    private final Catalog catalog;
    private final SkuCosts costs;
    private final ApplicationEventPublisher events;

    Receiving(ReceiptStore receipts, PurchaseOrderBook book, PurchaseOrders purchaseOrders, DocumentNumbers numbers,
              Inventory inventory, Locations locations, Catalog catalog, SkuCosts costs,
              ApplicationEventPublisher events) {
        this.receipts = receipts;
        this.book = book;
        this.purchaseOrders = purchaseOrders;
        this.numbers = numbers;
        this.inventory = inventory;
        this.locations = locations;
        this.catalog = catalog;
        this.costs = costs;
        this.events = events;
    }

    /** POs goods may arrive against (sent or partly received), to a location or anywhere; earliest expected first. */
    @PreAuthorize(ProcurementAccess.RECEIVERS)
    public List<PurchaseOrderSummary> openFor(@Nullable String locationCode) {
        var filter = new PurchaseOrderFilter(null, java.util.EnumSet.of(PurchaseOrderStatus.SENT,
                PurchaseOrderStatus.PARTIALLY_RECEIVED), null, locationCode);
        return purchaseOrders.find(filter, org.springframework.data.domain.PageRequest.of(0, 500)).stream()
                .sorted(java.util.Comparator.comparing((PurchaseOrderSummary s) -> s.expectedOn() == null
                        ? LocalDate.MAX : s.expectedOn()).thenComparing(PurchaseOrderSummary::number))
                .toList();
    }

    /** The PO a receiving screen works on (lines with what is still outstanding). */
    @PreAuthorize(ProcurementAccess.RECEIVERS)
    public PurchaseOrderDetails purchaseOrder(String poNumber) {
        return book.get(poNumber);
    }

    /**
     * Books a delivery; returns the receipt.
     *
     * @throws InvalidPurchaseInput naming the field: {@code poNumber}, {@code locationCode}, {@code lines},
     *                              or a line's ({@code lines[0].sku}, {@code lines[0].quantity}, {@code lines[0].lot},
     *                              {@code lines[0].expiresOn}, {@code lines[0].binCode})
     * @throws PurchaseActionRefused when the PO is not sent or partly received
     */
    @Transactional
    @PreAuthorize(ProcurementAccess.RECEIVERS)
    public ReceiptView receive(ReceiptDraft draft) {
        if (draft == null || draft.poNumber() == null || draft.poNumber().isBlank()) {
            throw new InvalidPurchaseInput("poNumber", "Scan or enter the purchase order number.");
        }
        Header po;
        try {
            po = book.lock(draft.poNumber());
        } catch (ProcurementExceptions.PurchaseRecordNotFound e) {
            throw new InvalidPurchaseInput("poNumber", "There is no purchase order " + draft.poNumber().strip() + ".");
        }
        PurchaseOrderWorkflow.require(po.number(), po.status(), PurchaseOrderAction.RECEIVE);
        Location location = locations.find(draft.locationCode() == null || draft.locationCode().isBlank()
                ? po.locationCode() : draft.locationCode()).orElseThrow(() -> new InvalidPurchaseInput("locationCode",
                "There is no location " + draft.locationCode().strip() + "."));
        if (!location.code().equals(po.locationCode())) {
            throw new InvalidPurchaseInput("locationCode", po.number() + " is delivered to " + po.locationCode()
                    + ", not " + location.code() + ": receive it there (or have the buyer change the PO).");
        }
        String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        if (note != null && note.length() > 500) {
            throw new InvalidPurchaseInput("note", "Keep the note to 500 characters.");
        }
        if (draft.lines().isEmpty()) {
            throw new InvalidPurchaseInput("lines", "Scan at least one item.");
        }

        // Check every line against the PO (read after the lock, so it includes every earlier receipt).
        Map<String, PurchaseOrderLine> poLines = new LinkedHashMap<>();
        book.lines(po.id()).forEach(l -> poLines.put(l.sku(), l));
        Map<String, Integer> goodBySku = new LinkedHashMap<>();
        Map<String, Integer> damagedBySku = new LinkedHashMap<>();
        List<PurchaseOrderLine> matched = new ArrayList<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            ReceiptLineDraft line = draft.lines().get(i);
            String at = "lines[" + i + "].";
            if (line == null || line.sku() == null || line.sku().isBlank()) {
                throw new InvalidPurchaseInput(at + "sku", "Scan or enter a SKU.");
            }
            String scanned = line.sku().strip();
            SkuFacts facts = catalog.findByScanForStaff(scanned).orElseThrow(() -> new InvalidPurchaseInput(at + "sku",
                    "Unknown barcode or SKU " + scanned + ": set the item aside and tell the buyer."));
            PurchaseOrderLine poLine = poLines.get(facts.sku());
            if (poLine == null) {
                throw new InvalidPurchaseInput(at + "sku", facts.sku() + " (" + facts.description() + ") is not on "
                        + po.number() + ": set it aside and tell the buyer.");
            }
            if (line.quantity() < 0 || line.damaged() < 0 || line.quantity() + line.damaged() < 1
                    || line.quantity() + line.damaged() > 100_000) {
                throw new InvalidPurchaseInput(at + "quantity", "Enter how many good units arrived (and how many damaged).");
            }
            if (poLine.status() == PurchaseOrderLineStatus.CLOSED) {
                throw new InvalidPurchaseInput(at + "sku", "Line " + poLine.lineNo() + " (" + poLine.sku()
                        + ") of " + po.number() + " is closed: nothing more is received on it.");
            }
            int good = goodBySku.merge(poLine.sku(), line.quantity(), Integer::sum);
            damagedBySku.merge(poLine.sku(), line.damaged(), Integer::sum);
            int allowed = poLine.ordered() + poLine.ordered() * po.tolerancePercent() / 100;
            if (poLine.received() + good > allowed) {
                int room = Math.max(0, allowed - poLine.received());
                throw new InvalidPurchaseInput(at + "quantity", "Line " + poLine.lineNo() + " (" + poLine.sku()
                        + "): ordered " + poLine.ordered() + ", received " + poLine.received() + " so far; "
                        + (poLine.received() + good) + " would exceed the " + po.tolerancePercent()
                        + " % over-receipt tolerance of " + po.supplierCode() + " (at most " + allowed + "). "
                        + (room == 0 ? "Nothing more can be received on it." : "Receive at most " + room + " more."));
            }
            matched.add(poLine);
        }

        // Stock before the receipt, for the moving-average cost. Receipts of the same SKU on other POs wait here
        // (a transaction lock per SKU, taken in SKU order), so each one reads the stock the previous one left.
        Map<String, Integer> onHandBefore = new LinkedHashMap<>();
        goodBySku.keySet().stream().sorted().forEach(sku -> costs.lockForReceipt(sku));
        for (String sku : goodBySku.keySet()) {
            onHandBefore.put(sku, inventory.stockOf(sku).stream().mapToInt(StockFigures::onHand).sum());
        }

        String number = numbers.next(DocumentKind.GOODS_RECEIPT);
        UUID receiptId = Ids.newId();
        receipts.insert(receiptId, number, po.id(), location.id(), location.code(), Actors.current(), book.now(), note);
        for (int i = 0; i < draft.lines().size(); i++) {
            ReceiptLineDraft line = draft.lines().get(i);
            PurchaseOrderLine poLine = matched.get(i);
            String lot = line.lot() == null || line.lot().isBlank() ? null : line.lot().strip();
            String bin = line.binCode() == null || line.binCode().isBlank() ? null : line.binCode().strip().toUpperCase(Locale.ROOT);
            receipts.insertLine(receiptId, poLine.id(), poLine.sku(), line.quantity(), line.damaged(), lot,
                    line.expiresOn(), bin, poLine.unitCost());
            if (line.quantity() > 0) {
                try {
                    inventory.receive(new StockReceipt(poLine.sku(), location.code(), bin, line.quantity(), lot,
                            line.expiresOn(), "PURCHASE_ORDER", number, note), number + "/" + (i + 1));
                } catch (InvalidStockInput e) {
                    throw new InvalidPurchaseInput("lines[" + i + "]." + stockField(e.field()), e.getMessage());
                }
            }
        }
        for (var entry : goodBySku.entrySet()) {
            PurchaseOrderLine poLine = poLines.get(entry.getKey());
            int damaged = damagedBySku.getOrDefault(entry.getKey(), 0);
            book.addReceived(poLine.id(), entry.getValue(), damaged);
            if (entry.getValue() > 0) {
                costs.receive(entry.getKey(), onHandBefore.get(entry.getKey()), entry.getValue(), poLine.unitCost(),
                        po.currency(), number);
            }
        }
        boolean complete = book.lines(po.id()).stream()
                .allMatch(l -> l.status() == PurchaseOrderLineStatus.RECEIVED || l.status() == PurchaseOrderLineStatus.CLOSED);
        PurchaseOrderStatus status = complete ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.PARTIALLY_RECEIVED;
        int good = goodBySku.values().stream().mapToInt(Integer::intValue).sum();
        int damaged = damagedBySku.values().stream().mapToInt(Integer::intValue).sum();
        String detail = number + ": " + good + " good" + (damaged > 0 ? ", " + damaged + " damaged" : "") + " unit"
                + (good + damaged == 1 ? "" : "s") + " on " + goodBySku.size() + " line" + (goodBySku.size() == 1 ? "" : "s");
        if (status != po.status()) {
            book.move(po, status, "RECEIVED", detail);
        } else {
            book.touch(po.id());
            book.record(po.id(), "RECEIVED", null, null, detail);
        }
        events.publishEvent(new PurchaseOrderReceived(po.number(), number, location.code(), status,
                goodBySku.keySet().stream().map(sku -> new PurchaseOrderReceived.Line(sku, goodBySku.get(sku),
                        damagedBySku.getOrDefault(sku, 0))).toList()));
        return receipt(number).orElseThrow();
    }

    /** The receipts of a PO, oldest first. */
    @PreAuthorize(ProcurementAccess.RECEIVERS)
    public List<ReceiptView> receiptsOf(String poNumber) {
        UUID po = book.idOf(poNumber);
        return receipts.numbersOf(po).stream().map(n -> receipt(n).orElseThrow()).toList();
    }

    @PreAuthorize(ProcurementAccess.RECEIVERS)
    public java.util.Optional<ReceiptView> get(String receiptNumber) {
        return receipt(receiptNumber == null ? "" : receiptNumber.strip().toUpperCase(Locale.ROOT));
    }

    java.util.Optional<ReceiptView> receipt(String number) {
        return receipts.find(number);
    }

    private static String stockField(String field) {
        return switch (field) {
            case "location" -> "locationCode";
            case "bin" -> "binCode";
            case "lot", "expiresOn", "quantity", "sku" -> field;
            default -> "quantity";
        };
    }
}
