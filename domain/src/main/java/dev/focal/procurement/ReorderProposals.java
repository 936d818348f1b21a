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
import dev.focal.shared.Ids;
import dev.focal.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
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
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * date). Runs daily as a JobRunr job ({@link ReorderProposalJob}) and on demand ({@link #generate()}).
 */
@Service
@Transactional(readOnly = true)
public class ReorderProposals {

    private static final Logger log = LoggerFactory.getLogger(ReorderProposals.class);

    private final JdbcClient jdbc;
    private final ReorderPolicies policies;
    private final Inventory inventory;
    private final Locations locations;
    private final Suppliers suppliers;
    private final PurchaseOrders purchaseOrders;
    private final Clock clock;

    ReorderProposals(JdbcClient jdbc, ReorderPolicies policies, Inventory inventory, Locations locations,
                     Suppliers suppliers, PurchaseOrders purchaseOrders, Clock clock) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.inventory = inventory;
        this.locations = locations;
        this.suppliers = suppliers;
        this.purchaseOrders = purchaseOrders;
        this.clock = clock;
    }

    /** Proposals in a state (all when null), open ones first, newest first. */
    @PreAuthorize(PurchaseOrders.BUYERS)
    public List<ReorderProposalSummary> find(@Nullable ReorderProposalStatus status, Pageable page) {
        return jdbc.sql("""
                select r.id, s.code, s.name, s.currency, r.status, r.updated_at, r.snoozed_until, r.po_numbers, r.version,
                       count(l.id) as lines, coalesce(sum(l.quantity), 0) as units,
                       coalesce(sum(round(l.quantity * l.unit_cost, 2)), 0) as total
                from reorder_proposal r join supplier s on s.id = r.supplier_id
                left join reorder_proposal_line l on l.proposal_id = r.id
                where (cast(:status as varchar) is null or r.status = :status)
                group by r.id, s.code, s.name, s.currency
                order by case r.status when 'OPEN' then 0 when 'SNOOZED' then 1 else 2 end, r.updated_at desc, s.code
                limit :limit offset :offset""")
                .param("status", status == null ? null : status.name())
                .param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query((rs, n) -> new ReorderProposalSummary(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getString("name"), ReorderProposalStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("updated_at").toInstant(), rs.getObject("snoozed_until", LocalDate.class),
                        rs.getInt("lines"), rs.getInt("units"),
                        new Money(rs.getBigDecimal("total"), Currency.getInstance(rs.getString("currency"))),
                        rs.getString("po_numbers"), rs.getLong("version")))
                .list();
    }

    @PreAuthorize(PurchaseOrders.BUYERS)
    public long count(@Nullable ReorderProposalStatus status) {
        return jdbc.sql("select count(*) from reorder_proposal where (cast(:status as varchar) is null or status = :status)")
                .param("status", status == null ? null : status.name()).query(Long.class).single();
    }

    /** @throws PurchaseRecordNotFound when there is no such proposal */
    @PreAuthorize(PurchaseOrders.BUYERS)
    public ReorderProposal get(UUID id) {
        return load(id);
    }

    /** The open proposal of a supplier, if the last run proposed anything to order from it. */
    @PreAuthorize(PurchaseOrders.BUYERS)
    public java.util.Optional<ReorderProposal> openFor(String supplierCode) {
        return jdbc.sql("""
                select r.id from reorder_proposal r join supplier s on s.id = r.supplier_id
                where s.code = ? and r.status = 'OPEN'""").param(Suppliers.normal(supplierCode)).query(UUID.class)
                .optional().map(this::load);
    }

    /**
     * Sets a line's quantity (0 drops it from the order). Other than 0 it must be whole packs and at least the
     * supplier's minimum; the message suggests the next quantity that fits.
     *
     * @throws InvalidPurchaseInput naming {@code quantity}
     */
    @Transactional
    @PreAuthorize(PurchaseOrders.BUYERS)
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
        jdbc.sql("update reorder_proposal_line set quantity = ?, edited = true where id = ?").params(quantity, lineId).update();
        jdbc.sql("update reorder_proposal set version = version + 1, updated_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), proposalId).update();
    }

    /**
     * Turns an open proposal into draft POs, one per deliver-to location (lines with quantity 0 are left out),
     * authored by the signed-in buyer; returns their numbers.
     *
     * @throws InvalidPurchaseInput naming {@code lines} when every line has quantity 0
     */
    @Transactional
    @PreAuthorize(PurchaseOrders.BUYERS)
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
        jdbc.sql("""
                update reorder_proposal set status = 'ACCEPTED', decided_by = ?, po_numbers = ?, updated_at = ?,
                    version = version + 1 where id = ?""")
                .params(Actors.current(), String.join(", ", numbers), Timestamp.from(clock.instant()), proposalId)
                .update();
        return numbers;
    }

    /**
     * Puts an open proposal off until a date: its SKU x location pairs are not proposed again before then.
     *
     * @throws InvalidPurchaseInput naming {@code until} when it is not in the future
     */
    @Transactional
    @PreAuthorize(PurchaseOrders.BUYERS)
    public void snooze(UUID proposalId, long version, LocalDate until) {
        lockOpen(proposalId, version);
        LocalDate today = LocalDate.now(clock);
        if (until == null || !until.isAfter(today) || until.isAfter(today.plusYears(1))) {
            throw new InvalidPurchaseInput("until", "Choose a date after today and within a year.");
        }
        jdbc.sql("""
                update reorder_proposal set status = 'SNOOZED', snoozed_until = ?, decided_by = ?, updated_at = ?,
                    version = version + 1 where id = ?""")
                .params(until, Actors.current(), Timestamp.from(clock.instant()), proposalId).update();
    }

    /** Runs the proposal calculation now (the daily job does the same). */
    @Transactional
    @PreAuthorize(PurchaseOrders.BUYERS)
    public ReorderRun generate() {
        return run();
    }

    /** The calculation; the caller provides a user who may read stock and policies (the job uses a system one). */
    @Transactional
    ReorderRun run() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Set<String> snoozed = new HashSet<>(jdbc.sql("""
                select l.sku || '@' || l.location_id from reorder_proposal_line l
                join reorder_proposal r on r.id = l.proposal_id
                where r.status = 'SNOOZED' and r.snoozed_until > ?""").param(today).query(String.class).list());
        Map<String, Integer> onOrder = new LinkedHashMap<>();
        jdbc.sql("""
                select pl.sku || '@' || p.location_id as k, sum(pl.ordered - pl.received) as q
                from purchase_order_line pl join purchase_order p on p.id = pl.po_id
                where not pl.closed and pl.received < pl.ordered
                  and p.status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'SENT', 'PARTIALLY_RECEIVED')
                group by 1""").query((rs, n) -> {
                    onOrder.put(rs.getString("k"), rs.getInt("q"));
                    return n;
                }).list();

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
            UUID proposalId = jdbc.sql("select id from reorder_proposal where supplier_id = ? and status = 'OPEN' for update")
                    .param(supplierId).query(UUID.class).optional().orElse(null);
            if (proposalId == null) {
                proposalId = Ids.newId();
                jdbc.sql("""
                        insert into reorder_proposal (id, supplier_id, status, created_at, updated_at)
                        values (?, ?, 'OPEN', ?, ?)""").params(proposalId, supplierId, Timestamp.from(now),
                        Timestamp.from(now)).update();
            } else {
                jdbc.sql("update reorder_proposal set updated_at = ?, version = version + 1 where id = ?")
                        .params(Timestamp.from(now), proposalId).update();
            }
            keep.add(proposalId);
            List<String> keys = new ArrayList<>();
            for (Proposed p : entry.getValue()) {
                keys.add(p.item().sku() + "@" + p.location().id());
                jdbc.sql("""
                        insert into reorder_proposal_line (id, proposal_id, sku, location_id, available, on_order,
                            reorder_point, suggested, quantity, unit_cost, lead_time_days, expected_on, math)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (proposal_id, sku, location_id) do update set available = excluded.available,
                            on_order = excluded.on_order, reorder_point = excluded.reorder_point,
                            suggested = excluded.suggested, unit_cost = excluded.unit_cost,
                            lead_time_days = excluded.lead_time_days, expected_on = excluded.expected_on,
                            math = excluded.math,
                            quantity = case when reorder_proposal_line.edited then reorder_proposal_line.quantity
                                            else excluded.quantity end""")
                        .params(Ids.newId(), proposalId, p.item().sku(), p.location().id(), p.available(), p.onOrder(),
                                p.policy().reorderPoint(), p.suggested(), p.suggested(), p.item().unitCost(),
                                p.item().effectiveLeadTimeDays(), today.plusDays(p.item().effectiveLeadTimeDays()),
                                p.math())
                        .update();
                lineCount++;
            }
            jdbc.sql("""
                    delete from reorder_proposal_line where proposal_id = :id
                      and not ((sku || '@' || location_id) in (:keys))""")
                    .param("id", proposalId).param("keys", keys).update();
        }
        List<UUID> stale = jdbc.sql("select id from reorder_proposal where status = 'OPEN'").query(UUID.class).list()
                .stream().filter(id -> !keep.contains(id)).toList();
        for (UUID id : stale) {
            jdbc.sql("delete from reorder_proposal where id = ?").param(id).update();
        }
        ReorderRun result = new ReorderRun(all.size(), bySupplier.size(), lineCount, skipped, withoutSupplier);
        log.info("Reorder proposals: {} policies checked, {} lines for {} suppliers, {} snoozed, {} without supplier",
                result.policiesChecked(), result.lines(), result.proposals(), result.snoozed(),
                result.withoutSupplier().size());
        return result;
    }

    private ReorderProposal lockOpen(UUID id, long version) {
        var row = jdbc.sql("select status, version from reorder_proposal where id = ? for update").param(id)
                .query((rs, n) -> new Object[] {rs.getString("status"), rs.getLong("version")}).optional()
                .orElseThrow(() -> new PurchaseRecordNotFound("reorder proposal " + id));
        if ((long) row[1] != version) {
            throw new PurchaseRecordChanged("The reorder proposal");
        }
        if (!"OPEN".equals(row[0])) {
            throw new PurchaseActionRefused("The proposal is " + ReorderProposalStatus.valueOf((String) row[0]).label()
                    .toLowerCase(java.util.Locale.ROOT) + " already.");
        }
        return load(id);
    }

    private ReorderProposal load(UUID id) {
        return jdbc.sql("""
                select r.*, s.code, s.name, s.currency from reorder_proposal r join supplier s on s.id = r.supplier_id
                where r.id = ?""").param(id).query(this::proposal).optional()
                .orElseThrow(() -> new PurchaseRecordNotFound("reorder proposal " + id));
    }

    private ReorderProposal proposal(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String numbers = rs.getString("po_numbers");
        return new ReorderProposal(id, rs.getString("code"), rs.getString("name"), rs.getString("currency"),
                ReorderProposalStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getObject("snoozed_until", LocalDate.class),
                rs.getString("decided_by"), numbers == null ? List.of() : Arrays.asList(numbers.split(", ")),
                rs.getLong("version"), lines(id, rs.getObject("supplier_id", UUID.class)));
    }

    private List<ReorderProposalLine> lines(UUID proposalId, UUID supplierId) {
        return jdbc.sql("""
                select l.*, sl.code as location_code, i.supplier_sku, coalesce(i.pack_size, 1) as pack_size,
                       coalesce(i.minimum_order_quantity, 1) as moq,
                       (p.brand || ' ' || p.name || coalesce(', ' || fc.name, '')
                        || coalesce(', ' || fs.a_mm || '□' || fs.dbl_mm || '-' || fs.temple_mm, '')
                        || coalesce(', +' || cs.reader_power, '')) as description
                from reorder_proposal_line l join stock_location sl on sl.id = l.location_id
                left join supplier_item i on i.supplier_id = :supplier and i.sku = l.sku
                join catalog_sku cs on cs.sku = l.sku
                join product p on p.id = cs.product_id
                left join frame_colour fc on fc.id = cs.colour_id
                left join frame_size fs on fs.id = cs.size_id
                where l.proposal_id = :id order by sl.code, l.sku""")
                .param("id", proposalId).param("supplier", supplierId)
                .query((rs, n) -> new ReorderProposalLine(rs.getObject("id", UUID.class), rs.getString("sku"),
                        rs.getString("description"), rs.getString("location_code"),
                        rs.getString("supplier_sku") == null ? "-" : rs.getString("supplier_sku"), rs.getInt("available"),
                        rs.getInt("on_order"), rs.getInt("reorder_point"), rs.getInt("suggested"), rs.getInt("quantity"),
                        rs.getBoolean("edited"), rs.getBigDecimal("unit_cost"), rs.getInt("pack_size"), rs.getInt("moq"),
                        rs.getInt("lead_time_days"), rs.getObject("expected_on", LocalDate.class), rs.getString("math")))
                .list();
    }
}
