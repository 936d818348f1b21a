package dev.focal.procurement;

import dev.focal.shared.Ids;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of {@link Suppliers}: supplier and supplier item rows, with SKU descriptions from procurement's own
 * read model ({@link ProcurementSkuDescriptions}). No rules and no access checks: the service holds them.
 */
@Repository
class SupplierStore {

    private final JdbcClient jdbc;

    SupplierStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Suppliers matching a lower-case LIKE pattern (all when null), active first, by name. */
    List<SupplierSummary> find(@Nullable String like, int limit, long offset) {
        return jdbc.sql("""
                select s.code, s.name, s.email, s.currency, s.default_lead_time_days, s.active,
                       (select count(*) from supplier_item i where i.supplier_id = s.id) as items,
                       (select count(*) from purchase_order p where p.supplier_id = s.id
                          and p.status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'SENT', 'PARTIALLY_RECEIVED')) as open_orders
                from supplier s where %s
                order by s.active desc, lower(s.name), s.code limit :limit offset :offset""".formatted(MATCHING))
                .param("text", like).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new SupplierSummary(rs.getString("code"), rs.getString("name"), rs.getString("email"),
                        rs.getString("currency"), rs.getInt("default_lead_time_days"), rs.getInt("items"),
                        rs.getInt("open_orders"), rs.getBoolean("active")))
                .list();
    }

    long count(@Nullable String like) {
        return jdbc.sql("select count(*) from supplier s where " + MATCHING).param("text", like)
                .query(Long.class).single();
    }

    Optional<SupplierDetails> details(String code) {
        return jdbc.sql("select * from supplier where code = ?").param(code).query(SupplierStore::details).optional();
    }

    Optional<UUID> idOf(String code) {
        return jdbc.sql("select id from supplier where code = ?").param(code).query(UUID.class).optional();
    }

    /** Inserts a checked draft; a code taken meanwhile surfaces as DuplicateKeyException. */
    void insert(SupplierDraft d, Instant now) {
        jdbc.sql("""
                insert into supplier (id, code, name, email, phone, contact_name, address, currency, payment_terms,
                    default_lead_time_days, minimum_order_value, over_receipt_tolerance_percent, active,
                    created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Ids.newId(), d.code(), d.name(), d.email(), d.phone(), d.contactName(), d.address(),
                        d.currency(), d.paymentTerms(), d.defaultLeadTimeDays(), d.minimumOrderValue(),
                        d.overReceiptTolerancePercent(), d.active(), Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    /** Purchase orders of the supplier that are neither finished nor fully received. */
    int openOrders(String code) {
        return jdbc.sql("""
                select count(*) from purchase_order p join supplier s on s.id = p.supplier_id where s.code = ?
                  and p.status not in ('CLOSED', 'CANCELLED', 'RECEIVED')""").param(code).query(Integer.class).single();
    }

    /** Writes a checked draft when the row is still at {@code version}; false when it is not. */
    boolean update(long version, SupplierDraft d, Instant now) {
        return jdbc.sql("""
                update supplier set name = ?, email = ?, phone = ?, contact_name = ?, address = ?, currency = ?,
                    payment_terms = ?, default_lead_time_days = ?, minimum_order_value = ?,
                    over_receipt_tolerance_percent = ?, active = ?, updated_at = ?, version = version + 1
                where code = ? and version = ?""")
                .params(d.name(), d.email(), d.phone(), d.contactName(), d.address(), d.currency(), d.paymentTerms(),
                        d.defaultLeadTimeDays(), d.minimumOrderValue(), d.overReceiptTolerancePercent(), d.active(),
                        Timestamp.from(now), d.code(), version)
                .update() > 0;
    }

    List<SupplierItem> items(String supplierCode) {
        return jdbc.sql(ITEMS + " where s.code = ? order by i.sku").param(supplierCode).query(SupplierStore::item).list();
    }

    /** Active suppliers' items of a SKU, cheapest first, then shortest lead time, then supplier code. */
    List<SupplierItem> itemsOfSku(String sku) {
        return jdbc.sql(ITEMS + """
                 where i.sku = ? and s.active
                order by i.unit_cost, coalesce(i.lead_time_days, s.default_lead_time_days), s.code""")
                .param(sku).query(SupplierStore::item).list();
    }

    Optional<SupplierItem> item(String supplierCode, String sku) {
        return jdbc.sql(ITEMS + " where s.code = ? and i.sku = ?").params(supplierCode, sku).query(SupplierStore::item)
                .optional();
    }

    /** Inserts an item unless the supplier has one for the SKU; false when it has. */
    boolean insertItem(UUID supplier, String sku, String supplierSku, BigDecimal cost, SupplierItemDraft item) {
        return jdbc.sql("""
                insert into supplier_item (id, supplier_id, sku, supplier_sku, unit_cost, pack_size,
                    minimum_order_quantity, lead_time_days) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (supplier_id, sku) do nothing""")
                .params(Ids.newId(), supplier, sku, supplierSku, cost, item.packSize(), item.minimumOrderQuantity(),
                        item.leadTimeDays())
                .update() > 0;
    }

    /** Changes an item still at {@code version}; false when it changed or is gone. */
    boolean updateItem(UUID supplier, String sku, String supplierSku, BigDecimal cost, SupplierItemDraft item,
                       long version) {
        return jdbc.sql("""
                update supplier_item set supplier_sku = ?, unit_cost = ?, pack_size = ?, minimum_order_quantity = ?,
                    lead_time_days = ?, version = version + 1
                where supplier_id = ? and sku = ? and version = ?""")
                .params(supplierSku, cost, item.packSize(), item.minimumOrderQuantity(), item.leadTimeDays(),
                        supplier, sku, version)
                .update() > 0;
    }

    boolean deleteItem(UUID supplier, String sku) {
        return jdbc.sql("delete from supplier_item where supplier_id = ? and sku = ?").params(supplier, sku).update() > 0;
    }

    /**
     * Per supplier with received POs sent on or after {@code since}, by name: see {@link SupplierPerformanceRow}
     * for the definitions. Days are UTC calendar days.
     */
    List<SupplierPerformanceRow> performance(LocalDate since) {
        return jdbc.sql("""
                with po as (
                    select p.* from purchase_order p
                    where p.sent_at is not null and (p.sent_at at time zone 'UTC')::date >= :since
                      and p.status in ('PARTIALLY_RECEIVED', 'RECEIVED', 'CLOSED')
                      and exists (select 1 from goods_receipt g where g.po_id = p.id)
                ), lines as (
                    select po.supplier_id, pl.*, (po.sent_at at time zone 'UTC')::date as sent_on,
                           (pl.received >= pl.ordered or pl.closed) as finished
                    from po join purchase_order_line pl on pl.po_id = po.id
                ), receipts as (
                    select l.supplier_id, gl.quantity, gl.damaged, l.expected_on, l.sent_on,
                           (g.received_at at time zone 'UTC')::date as received_on, g.id as receipt_id
                    from lines l join goods_receipt_line gl on gl.po_line_id = l.id
                    join goods_receipt g on g.id = gl.receipt_id
                )
                select s.code, s.name,
                       (select count(*) from po where po.supplier_id = s.id) as pos,
                       (select count(distinct receipt_id) from receipts r where r.supplier_id = s.id) as receipts,
                       (select round(avg(l.expected_on - l.sent_on), 1) from lines l
                          where l.supplier_id = s.id and l.received > 0) as promised,
                       (select round(avg(r.received_on - r.sent_on), 1) from receipts r where r.supplier_id = s.id) as actual,
                       (select round(sum(least(l.received, l.ordered))::numeric / nullif(sum(l.ordered), 0), 3) from lines l
                          where l.supplier_id = s.id and l.finished) as fill_rate,
                       (select round(avg(case when r.received_on <= r.expected_on then 1 else 0 end), 3) from receipts r
                          where r.supplier_id = s.id) as on_time,
                       (select count(*) from receipts r where r.supplier_id = s.id and r.received_on > r.expected_on) as late,
                       (select coalesce(sum(r.damaged), 0) from receipts r where r.supplier_id = s.id) as damaged
                from supplier s where exists (select 1 from po where po.supplier_id = s.id)
                order by lower(s.name), s.code""")
                .param("since", since)
                .query((rs, n) -> new SupplierPerformanceRow(rs.getString("code"), rs.getString("name"), rs.getInt("pos"),
                        rs.getInt("receipts"), rs.getBigDecimal("promised"), rs.getBigDecimal("actual"),
                        rs.getBigDecimal("fill_rate"), rs.getBigDecimal("on_time"), rs.getInt("late"),
                        rs.getInt("damaged")))
                .list();
    }

    private static final String MATCHING = """
            (cast(:text as varchar) is null or lower(s.code) like :text or lower(s.name) like :text
             or lower(coalesce(s.contact_name, '')) like :text or lower(s.email) like :text)""";

    private static final String ITEMS = """
            select i.*, s.code as supplier_code, s.currency, s.default_lead_time_days,
                   coalesce(d.description, i.sku) as description
            from supplier_item i join supplier s on s.id = i.supplier_id
            left join procurement_sku d on d.sku = i.sku
            """;

    private static SupplierItem item(ResultSet rs, int row) throws SQLException {
        Integer lead = (Integer) rs.getObject("lead_time_days");
        return new SupplierItem(rs.getString("supplier_code"), rs.getString("sku"), rs.getString("description"),
                rs.getString("supplier_sku"), rs.getBigDecimal("unit_cost"), rs.getString("currency"),
                rs.getInt("pack_size"), rs.getInt("minimum_order_quantity"), lead,
                lead == null ? rs.getInt("default_lead_time_days") : lead, rs.getLong("version"));
    }

    private static SupplierDetails details(ResultSet rs, int row) throws SQLException {
        return new SupplierDetails(rs.getString("code"), rs.getString("name"), rs.getString("email"),
                rs.getString("phone"), rs.getString("contact_name"), rs.getString("address"), rs.getString("currency"),
                rs.getString("payment_terms"), rs.getInt("default_lead_time_days"),
                rs.getBigDecimal("minimum_order_value"), rs.getInt("over_receipt_tolerance_percent"),
                rs.getBoolean("active"), rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
