package dev.focal.procurement;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of goods receipts (ADR 0013), tables {@code goods_receipt} and {@code goods_receipt_line}. No rules
 * here: {@link Receiving} decides; this reads and writes. What a receipt does to its PO's lines goes through
 * {@link PurchaseOrderBook}.
 */
@Component
class ReceiptStore {

    private final JdbcClient jdbc;

    ReceiptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String number, UUID poId, UUID locationId, String locationCode, String receivedBy,
                Instant receivedAt, @Nullable String note) {
        jdbc.sql("""
                insert into goods_receipt (id, number, po_id, location_id, location_code, received_by, received_at, note)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, number, poId, locationId, locationCode, receivedBy, Timestamp.from(receivedAt), note)
                .update();
    }

    void insertLine(UUID receiptId, UUID poLineId, String sku, int quantity, int damaged, @Nullable String lot,
                    @Nullable LocalDate expiresOn, @Nullable String binCode, BigDecimal unitCost) {
        jdbc.sql("""
                insert into goods_receipt_line (receipt_id, po_line_id, sku, quantity, damaged, lot, expires_on,
                    bin_code, unit_cost) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(receiptId, poLineId, sku, quantity, damaged, lot, expiresOn, binCode, unitCost)
                .update();
    }

    /** The numbers of a PO's receipts, oldest first. */
    List<String> numbersOf(UUID poId) {
        return jdbc.sql("select number from goods_receipt where po_id = ? order by received_at, number").param(poId)
                .query(String.class).list();
    }

    Optional<ReceiptView> find(String number) {
        return jdbc.sql("""
                select r.id, r.number, p.number as po_number, r.location_code, r.received_by, r.received_at, r.note
                from goods_receipt r join purchase_order p on p.id = r.po_id
                where r.number = ?""").param(number)
                .query((rs, n) -> new ReceiptView(rs.getString("number"), rs.getString("po_number"),
                        rs.getString("location_code"), rs.getString("received_by"),
                        rs.getTimestamp("received_at").toInstant(), rs.getString("note"),
                        lines(rs.getObject("id", UUID.class))))
                .optional();
    }

    private List<ReceiptView.Line> lines(UUID receiptId) {
        return jdbc.sql("""
                select gl.*, pl.line_no, pl.description from goods_receipt_line gl
                join purchase_order_line pl on pl.id = gl.po_line_id where gl.receipt_id = ? order by gl.id""")
                .param(receiptId)
                .query((rs, n) -> new ReceiptView.Line(rs.getInt("line_no"), rs.getString("sku"),
                        rs.getString("description"), rs.getInt("quantity"), rs.getInt("damaged"), rs.getString("lot"),
                        rs.getObject("expires_on", LocalDate.class), rs.getString("bin_code"),
                        rs.getBigDecimal("unit_cost")))
                .list();
    }
}
