package dev.focal.procurement;

import dev.focal.inventory.Inventory;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.inventory.ReorderPolicies;
import dev.focal.inventory.ReorderPolicy;
import dev.focal.inventory.StockFigures;
import dev.focal.procurement.ProcurementExceptions.InvalidPurchaseInput;
import dev.focal.procurement.ProcurementExceptions.PurchaseActionRefused;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordChanged;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordNotFound;
import dev.focal.shared.Actors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reorder proposals: what to order from which supplier, computed from the inventory's reorder policies,
 * available stock, what is on order and the suppliers' items. For every policy where available + on order is
 * at or below the reorder point, the policy's quantity ({@link ReorderPolicy#quantityToOrder}) is rounded up
 * to whole packs and the minimum order quantity of the <em>preferred</em> supplier item: the cheapest unit
 * cost, then the shortest lead time, then the supplier code. "On order" counts the outstanding quantity of
 * every PO line for that SKU delivered to that location in a PO that is not finished (drafts included, so an
 * accepted proposal is not proposed again). Lines are grouped in one open proposal per supplier; a new run
 * refreshes it, keeping quantities a buyer edited. A buyer edits a line's quantity, accepts a proposal (one
 * draft PO per supplier and deliver-to location) or snoozes it (its SKUs are not proposed again before the
 * date). Runs daily as a JobRunr job ({@link ReorderProposalJob}) and on demand ({@link #generate()}). The rows
 * are {@link ReorderProposalStore}'s.
 */
@Service
@Transactional(readOnly = true)
public class ReorderProposals {

    private static final Logger log = LoggerFactory.getLogger(ReorderProposals.class);

    private final ReorderProposalStore store;
    private final ReorderPolicies policies;
    private final Inventory inventory;
    private final Locations locations;
    private final Suppliers suppliers;
    private final PurchaseOrders purchaseOrders;
    private final Clock clock;

    ReorderProposals(ReorderProposalStore store, ReorderPolicies policies, Inventory inventory, Locations locations,
                     Suppliers suppliers, PurchaseOrders purchaseOrders, Clock clock) {
        this.store = store;
        this.policies = policies;
        this.inventory = inventory;
        this.locations = locations;
        this.suppliers = suppliers;
        this.purchaseOrders = purchaseOrders;
        this.clock = clock;
    }

    /** Proposals in a state (all when null), open ones first, newest first. */
    @PreAuthorize(ProcurementAccess.BUYERS)
    public List<ReorderProposalSummary> find(@Nullable ReorderProposalStatus status, Pageable page) {
        return store.find(status, page.getPageSize(), page.getOffset());
    }

    @PreAuthorize(ProcurementAccess.BUYERS)
    public long count(@Nullable ReorderProposalStatus status) {
        return store.count(status);
    }

    /** @throws PurchaseRecordNotFound when there is no such proposal */
    @PreAuthorize(ProcurementAccess.BUYERS)
    public ReorderProposal get(UUID id) {
        return load(id);
    }

    /** The open proposal of a supplier, if the last run proposed anything to order from it. */
    @PreAuthorize(ProcurementAccess.BUYERS)
    public java.util.Optional<ReorderProposal> openFor(String supplierCode) {
        return store.openOf(Suppliers.normal(supplierCode)).map(this::load);
    }

    /**
     * Sets a line's quantity (0 drops it from the order). Other than 0 it must be whole packs and at least the
     * supplier's minimum; the message suggests the next quantity that fits.
     *
     * @throws InvalidPurchaseInput naming {@code quantity}
     */
    @Transactional
    @PreAuthorize(ProcurementAccess.BUYERS)
    public void updateLine(UUID proposalId, long version, UUID lineId, int quantity) {
        ReorderProposal proposal = lockOpen(proposalId, version);
        ReorderProposalLine line = proposal.lines().stream().filter(l -> l.id().equals(lineId)).findFirst()
                .orElseThrow(() -> new PurchaseRecordNotFound("line " + lineId + " in this proposal"));
        if (quantity < 0 || quantity > 100_000) {
            throw new InvalidPurchaseInput("quantity", "Enter 0 (do not order) up to 100000.");
        }
        if (quantity > 0 && !Orderable.fits(quantity, line.packSize(), line.minimumOrderQuantity())) {
            throw new InvalidPurchaseInput("quantity", line.sku() + " is ordered in packs of " + line.packSize()
                    + (line.minimumOrderQuantity() > 1 ? " with a minimum of " + line.minimumOrderQuantity() : "")
                    + ": order " + Orderable.roundUp(quantity, line.packSize(), line.minimumOrderQuantity())
                    + " instead of " + quantity + ".");
        }
        store.setQuantity(proposalId, lineId, quantity, clock.instant());
    }

    /**
     * Turns an open proposal into draft POs, one per deliver-to location (lines with quantity 0 are left out),
     * authored by the signed-in buyer; returns their numbers.
     *
     * @throws InvalidPurchaseInput naming {@code lines} when every line has quantity 0
     */
    @Transactional
    @PreAuthorize(ProcurementAccess.BUYERS)
    public List<String> accept(UUID proposalId, long version) {
        ReorderProposal proposal = lockOpen(proposalId, version);
        LocalDate today = LocalDate.now(clock);
        Map<String, List<PurchaseOrderLineDraft>> byLocation = new LinkedHashMap<>();
        for (ReorderProposalLine line : proposal.lines()) {
            if (line.quantity() > 0) {
                LocalDate expected = line.expectedOn().isBefore(today.plusDays(line.leadTimeDays()))
                        ? today.plusDays(line.leadTimeDays()) : line.expectedOn();
                byLocation.computeIfAbsent(line.locationCode(), k -> new ArrayList<>())
                        .add(new PurchaseOrderLineDraft(line.sku(), line.quantity(), line.unitCost(), expected));
            }
        }
        if (byLocation.isEmpty()) {
            throw new InvalidPurchaseInput("lines", "Every line is set to 0: nothing to order. Snooze the proposal instead.");
        }
        List<String> numbers = new ArrayList<>();
        for (var entry : byLocation.entrySet()) {
            String number = purchaseOrders.create(proposal.supplierCode(), entry.getKey(), null,
                    "From reorder proposal of " + proposal.updatedAt().toString().substring(0, 10) + ".");
            purchaseOrders.setLines(number, purchaseOrders.get(number).version(), entry.getValue());
            numbers.add(number);
        }
        store.accepted(proposalId, Actors.current(), numbers, clock.instant());
        return numbers;
    }

    /**
     * Puts an open proposal off until a date: its SKU x location pairs are not proposed again before then.
     *
     * @throws InvalidPurchaseInput naming {@code until} when it is not in the future
     */
    @Transactional
    @PreAuthorize(ProcurementAccess.BUYERS)
    public void snooze(UUID proposalId, long version, LocalDate until) {
        lockOpen(proposalId, version);
        LocalDate today = LocalDate.now(clock);
        if (until == null || !until.isAfter(today) || until.isAfter(today.plusYears(1))) {
            throw new InvalidPurchaseInput("until", "Choose a date after today and within a year.");
        }
        store.snoozed(proposalId, until, Actors.current(), clock.instant());
    }

    /** Runs the proposal calculation now (the daily job does the same). */
    @Transactional
    @PreAuthorize(ProcurementAccess.BUYERS)
    public ReorderRun generate() {
        return run();
    }

    /** The calculation; the caller provides a user who may read stock and policies (the job uses a system one). */
    @Transactional
    ReorderRun run() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Set<String> snoozed = store.snoozedPairs(today);
        Map<String, Integer> onOrder = store.onOrder();

        record Proposed(SupplierItem item, Location location, ReorderPolicy policy, int available, int onOrder,
                        int suggested, String math) {
        }
        Map<String, List<Proposed>> bySupplier = new LinkedHashMap<>();
        List<String> withoutSupplier = new ArrayList<>();
        int skipped = 0;
        List<ReorderPolicy> all = policies.all(null);
        Map<String, Location> locationsByCode = new LinkedHashMap<>();
        for (ReorderPolicy policy : all) {
            Location location = locationsByCode.computeIfAbsent(policy.locationCode(), locations::get);
            if (!location.active()) {
                continue;
            }
            String key = policy.sku() + "@" + location.id();
            int available = inventory.stockOf(policy.sku()).stream()
                    .filter(f -> f.locationCode().equals(location.code())).mapToInt(StockFigures::available).sum();
            int ordered = onOrder.getOrDefault(key, 0);
            int quantity = policy.quantityToOrder(available, ordered);
            if (quantity <= 0) {
                continue;
            }
            if (snoozed.contains(key)) {
                skipped++;
                continue;
            }
            List<SupplierItem> items = suppliers.itemsOfSku(policy.sku());
            if (items.isEmpty()) {
                withoutSupplier.add(policy.sku() + "@" + location.code());
                continue;
            }
            SupplierItem item = items.getFirst();
            int rounded = item.orderableQuantity(quantity);
            StringBuilder math = new StringBuilder()
                    .append("available ").append(available).append(" + on order ").append(ordered).append(" = ")
                    .append(available + ordered).append(" <= reorder point ").append(policy.reorderPoint()).append("; ");
            if (policy.reorderQuantity() != null) {
                int times = quantity / policy.reorderQuantity();
                math.append("order ").append(quantity).append(times > 1
                        ? " (" + times + " x reorder quantity " + policy.reorderQuantity() + ")" : " (reorder quantity)");
            } else {
                math.append("order up to max ").append(policy.maxQuantity()).append(": ").append(policy.maxQuantity())
                        .append(" - ").append(available + ordered).append(" = ").append(quantity);
            }
            if (rounded != quantity) {
                if (item.packSize() > 1 && rounded % item.packSize() == 0 && rounded > item.minimumOrderQuantity()) {
                    math.append(", rounded to pack ").append(item.packSize()).append(" = ").append(rounded);
                } else if (item.packSize() > 1) {
                    math.append(", raised to minimum order ").append(item.minimumOrderQuantity())
                            .append(" in packs of ").append(item.packSize()).append(" = ").append(rounded);
                } else {
                    math.append(", raised to minimum order ").append(rounded);
                }
            }
            math.append("; ").append(item.supplierCode()).append(" at ").append(item.unitCost().toPlainString())
                    .append(' ').append(item.currency()).append(", ").append(item.effectiveLeadTimeDays())
                    .append(" days lead time").append(items.size() > 1 ? " (cheapest of " + items.size() + " suppliers)" : "")
                    .append(", expected ").append(today.plusDays(item.effectiveLeadTimeDays()));
            bySupplier.computeIfAbsent(item.supplierCode(), k -> new ArrayList<>())
                    .add(new Proposed(item, location, policy, available, ordered, rounded, math.toString()));
        }

        // One open proposal per supplier: refresh it, keeping edited quantities; drop lines no longer needed.
        Set<UUID> keep = new HashSet<>();
        int lineCount = 0;
        for (var entry : bySupplier.entrySet()) {
            UUID supplierId = suppliers.idOf(entry.getKey());
            UUID proposalId = store.openForRefresh(supplierId, now);
            keep.add(proposalId);
            List<String> keys = new ArrayList<>();
            for (Proposed p : entry.getValue()) {
                keys.add(p.item().sku() + "@" + p.location().id());
                store.saveLine(proposalId, new ReorderProposalStore.LineFigures(p.item().sku(), p.location().id(),
                        p.location().code(), p.available(), p.onOrder(), p.policy().reorderPoint(), p.suggested(),
                        p.item().unitCost(), p.item().effectiveLeadTimeDays(),
                        today.plusDays(p.item().effectiveLeadTimeDays()), p.math()));
                lineCount++;
            }
            store.keepOnly(proposalId, keys);
        }
        List<UUID> stale = store.openIds().stream().filter(id -> !keep.contains(id)).toList();
        for (UUID id : stale) {
            store.delete(id);
        }
        ReorderRun result = new ReorderRun(all.size(), bySupplier.size(), lineCount, skipped, withoutSupplier);
        log.info("Reorder proposals: {} policies checked, {} lines for {} suppliers, {} snoozed, {} without supplier",
                result.policiesChecked(), result.lines(), result.proposals(), result.snoozed(),
                result.withoutSupplier().size());
        return result;
    }

    private ReorderProposal lockOpen(UUID id, long version) {
        var row = store.lock(id).orElseThrow(() -> new PurchaseRecordNotFound("reorder proposal " + id));
        if (row.version() != version) {
            throw new PurchaseRecordChanged("The reorder proposal");
        }
        if (row.status() != ReorderProposalStatus.OPEN) {
            throw new PurchaseActionRefused("The proposal is " + row.status().label()
                    .toLowerCase(java.util.Locale.ROOT) + " already.");
        }
        return load(id);
    }

    private ReorderProposal load(UUID id) {
        return store.load(id).orElseThrow(() -> new PurchaseRecordNotFound("reorder proposal " + id));
    }
}
