package dev.focal.procurement;

import dev.focal.inventory.InboundSupply;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open purchase order lines as incoming supply for availability to promise: the outstanding quantity of each
 * line of an approved, sent or partly received PO that is not closed, with the line's expected date and the
 * PO's deliver-to location ("PO-2026-0001 line 2"). No access rule: availability is public and asks for
 * quantities and dates only.
 */
@Component
class OpenPurchaseOrderSupply implements InboundSupply {

    private final JdbcClient jdbc;

    OpenPurchaseOrderSupply(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Incoming> incoming(String sku) {
        return jdbc.sql("""
                select p.number, pl.line_no, p.location_code, pl.ordered - pl.received as outstanding, pl.expected_on
                from purchase_order_line pl join purchase_order p on p.id = pl.po_id
                where pl.sku = ? and not pl.closed and pl.received < pl.ordered
                  and p.status in ('APPROVED', 'SENT', 'PARTIALLY_RECEIVED')
                order by pl.expected_on, p.number, pl.line_no""")
                .param(sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT))
                .query((rs, n) -> new Incoming(rs.getString("number") + " line " + rs.getInt("line_no"),
                        rs.getString("location_code"), rs.getInt("outstanding"), rs.getObject("expected_on", LocalDate.class)))
                .list();
    }
}
