package dev.focal.procurement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supplier performance for the buyers' screen: per supplier, over POs sent since a date that received goods
 * (see {@link SupplierPerformanceRow} for the definitions). Days are counted in UTC calendar days.
 */
@Service
@Transactional(readOnly = true)
public class SupplierPerformance {

    private final JdbcClient jdbc;
    private final Clock clock;

    SupplierPerformance(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One row per supplier with received POs sent on or after {@code since} (a year back when null), by name. */
    @PreAuthorize(ProcurementAccess.BUYERS)
    public List<SupplierPerformanceRow> rows(@Nullable LocalDate since) {
        LocalDate from = since == null ? LocalDate.now(clock).minusYears(1) : since;
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
                .param("since", from)
                .query((rs, n) -> new SupplierPerformanceRow(rs.getString("code"), rs.getString("name"), rs.getInt("pos"),
                        rs.getInt("receipts"), rs.getBigDecimal("promised"), rs.getBigDecimal("actual"),
                        rs.getBigDecimal("fill_rate"), rs.getBigDecimal("on_time"), rs.getInt("late"),
                        rs.getInt("damaged")))
                .list();
    }
}
