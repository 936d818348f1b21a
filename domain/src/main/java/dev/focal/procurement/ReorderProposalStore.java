package dev.focal.procurement;

import dev.focal.shared.Ids;
import dev.focal.shared.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of {@link ReorderProposals}: proposal and line rows, what is on order per SKU and location, and the
 * snoozed pairs. Descriptions come from procurement's read model of the catalog; locations are named by the
 * code stored with each line. No rules and no access checks: the service holds them.
 */
@Repository
class ReorderProposalStore {

    private final JdbcClient jdbc;

    ReorderProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures a proposal line is written from. */
    record LineFigures(String sku, UUID locationId, String locationCode, int available, int onOrder,
                       int reorderPoint, int suggested, BigDecimal unitCost, int leadTimeDays, LocalDate expectedOn,
                       String math) {

        String key() {
            return sku + "@" + locationId;
        }
    }

    /** A proposal's status and version, its row locked until the transaction ends. */
    record Lock(ReorderProposalStatus status, long version) {
    }

    List<ReorderProposalSummary> find(@Nullable ReorderProposalStatus status, int limit, long offset) {
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
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new ReorderProposalSummary(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getString("name"), ReorderProposalStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("updated_at").toInstant(), rs.getObject("snoozed_until", LocalDate.class),
                        rs.getInt("lines"), rs.getInt("units"),
                        new Money(rs.getBigDecimal("total"), Currency.getInstance(rs.getString("currency"))),
                        rs.getString("po_numbers"), rs.getLong("version")))
                .list();
    }

    long count(@Nullable ReorderProposalStatus status) {
        return jdbc.sql("select count(*) from reorder_proposal where (cast(:status as varchar) is null or status = :status)")
                .param("status", status == null ? null : status.name()).query(Long.class).single();
    }

    Optional<UUID> openOf(String supplierCode) {
        return jdbc.sql("""
                select r.id from reorder_proposal r join supplier s on s.id = r.supplier_id
                where s.code = ? and r.status = 'OPEN'""").param(supplierCode).query(UUID.class).optional();
    }

    Optional<Lock> lock(UUID id) {
        return jdbc.sql("select status, version from reorder_proposal where id = ? for update").param(id)
                .query((rs, n) -> new Lock(ReorderProposalStatus.valueOf(rs.getString("status")), rs.getLong("version")))
                .optional();
    }

    Optional<ReorderProposal> load(UUID id) {
        return jdbc.sql("""
                select r.*, s.code, s.name, s.currency from reorder_proposal r join supplier s on s.id = r.supplier_id
                where r.id = ?""").param(id).query(this::proposal).optional();
    }

    void setQuantity(UUID proposalId, UUID lineId, int quantity, Instant now) {
        jdbc.sql("update reorder_proposal_line set quantity = ?, edited = true where id = ?").params(quantity, lineId).update();
        jdbc.sql("update reorder_proposal set version = version + 1, updated_at = ? where id = ?")
                .params(Timestamp.from(now), proposalId).update();
    }

    void accepted(UUID proposalId, String actor, List<String> poNumbers, Instant now) {
        jdbc.sql("""
                update reorder_proposal set status = 'ACCEPTED', decided_by = ?, po_numbers = ?, updated_at = ?,
                    version = version + 1 where id = ?""")
                .params(actor, String.join(", ", poNumbers), Timestamp.from(now), proposalId).update();
    }

    void snoozed(UUID proposalId, LocalDate until, String actor, Instant now) {
        jdbc.sql("""
                update reorder_proposal set status = 'SNOOZED', snoozed_until = ?, decided_by = ?, updated_at = ?,
                    version = version + 1 where id = ?""")
                .params(until, actor, Timestamp.from(now), proposalId).update();
    }

    /** "SKU@location id" of every line in a proposal snoozed beyond {@code today}. */
    Set<String> snoozedPairs(LocalDate today) {
        return jdbc.sql("""
                select l.sku || '@' || l.location_id from reorder_proposal_line l
                join reorder_proposal r on r.id = l.proposal_id
                where r.status = 'SNOOZED' and r.snoozed_until > ?""").param(today).query(String.class).list()
                .stream().collect(Collectors.toSet());
    }

    /**
     * Outstanding units per "SKU@location id" over open PO lines of unfinished POs, drafts included (so an
     * accepted proposal is not proposed again).
     */
    Map<String, Integer> onOrder() {
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
        return onOrder;
    }

    /** The supplier's open proposal, locked, or a new one; its update time is now either way. */
    UUID openForRefresh(UUID supplierId, Instant now) {
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
        return proposalId;
    }

    /** Writes a line, or refreshes the SKU x location's line keeping a quantity the buyer edited. */
    void saveLine(UUID proposalId, LineFigures f) {
        jdbc.sql("""
                insert into reorder_proposal_line (id, proposal_id, sku, location_id, location_code, available,
                    on_order, reorder_point, suggested, quantity, unit_cost, lead_time_days, expected_on, math)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (proposal_id, sku, location_id) do update set available = excluded.available,
                    on_order = excluded.on_order, reorder_point = excluded.reorder_point,
                    suggested = excluded.suggested, unit_cost = excluded.unit_cost,
                    lead_time_days = excluded.lead_time_days, expected_on = excluded.expected_on,
                    math = excluded.math,
                    quantity = case when reorder_proposal_line.edited then reorder_proposal_line.quantity
                                    else excluded.quantity end""")
                .params(Ids.newId(), proposalId, f.sku(), f.locationId(), f.locationCode(), f.available(), f.onOrder(),
                        f.reorderPoint(), f.suggested(), f.suggested(), f.unitCost(), f.leadTimeDays(), f.expectedOn(),
                        f.math())
                .update();
    }

    /** Drops the proposal's lines whose "SKU@location id" is not among {@code keep}. */
    void keepOnly(UUID proposalId, List<String> keep) {
        jdbc.sql("""
                delete from reorder_proposal_line where proposal_id = :id
                  and not ((sku || '@' || location_id) in (:keys))""")
                .param("id", proposalId).param("keys", keep).update();
    }

    List<UUID> openIds() {
        return jdbc.sql("select id from reorder_proposal where status = 'OPEN'").query(UUID.class).list();
    }

    void delete(UUID id) {
        jdbc.sql("delete from reorder_proposal where id = ?").param(id).update();
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
                select l.*, i.supplier_sku, coalesce(i.pack_size, 1) as pack_size,
                       coalesce(i.minimum_order_quantity, 1) as moq, coalesce(d.description, l.sku) as description
                from reorder_proposal_line l
                left join supplier_item i on i.supplier_id = :supplier and i.sku = l.sku
                left join procurement_sku d on d.sku = l.sku
                where l.proposal_id = :id order by l.location_code, l.sku""")
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
