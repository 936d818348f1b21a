package dev.focal.procurement;

import dev.focal.procurement.ProcurementExceptions.PurchaseRecordChanged;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordNotFound;
import dev.focal.shared.Actors;
import dev.focal.shared.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes purchase order rows for the services of this package: loading a PO with its lines,
 * locking its header row, moving its status with a history entry, and recomputing its total. No access rules:
 * the public services that call it state them.
 */
@Component
class PurchaseOrderBook {

    private final JdbcClient jdbc;
    private final Clock clock;

    PurchaseOrderBook(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The header facts the workflow needs, read with the row locked when asked. */
    record Header(UUID id, String number, UUID supplierId, String supplierCode, String supplierName,
                  UUID locationId, String locationCode, String currency, PurchaseOrderStatus status, String author,
                  @Nullable LocalDate expectedOn, BigDecimal total, long version, int tolerancePercent,
                  BigDecimal minimumOrderValue, int defaultLeadTimeDays) {

        Money totalMoney() {
            return new Money(total, Currency.getInstance(currency));
        }
    }

    Optional<PurchaseOrderDetails> find(@Nullable String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql(DETAILS + " where p.number = ?").param(normal(number)).query(this::details).optional();
    }

    PurchaseOrderDetails get(String number) {
        return find(number).orElseThrow(() -> new PurchaseRecordNotFound("purchase order " + number));
    }

    /** The header, its row locked until the transaction ends (two receivers, approvers, editors queue here). */
    Header lock(String number) {
        return jdbc.sql(HEADER + " where p.number = ? for update of p").param(normal(number)).query(PurchaseOrderBook::header)
                .optional().orElseThrow(() -> new PurchaseRecordNotFound("purchase order " + normal(number)));
    }

    /** The header locked and at the version the caller read; else {@link PurchaseRecordChanged}. */
    Header lock(String number, long version) {
        Header header = lock(number);
        if (header.version() != version) {
            throw new PurchaseRecordChanged("Purchase order " + header.number());
        }
        return header;
    }

    UUID idOf(String number) {
        return jdbc.sql("select id from purchase_order where number = ?").param(normal(number)).query(UUID.class)
                .optional().orElseThrow(() -> new PurchaseRecordNotFound("purchase order " + normal(number)));
    }

    List<PurchaseOrderLine> lines(UUID poId) {
        return jdbc.sql(LINES + " where l.po_id = ? order by l.line_no").param(poId).query(PurchaseOrderBook::line).list();
    }

    /** Sets the status and the columns given (name = value pairs of trusted column names), bumping the version. */
    void move(Header header, PurchaseOrderStatus to, String action, @Nullable String detail, String... columns) {
        StringBuilder set = new StringBuilder("status = :status, version = version + 1");
        for (String column : columns) {
            set.append(", ").append(column);
        }
        jdbc.sql("update purchase_order set " + set + " where id = :id")
                .param("status", to.name()).param("id", header.id()).param("now", Timestamp.from(clock.instant()))
                .param("actor", Actors.current())
                .update();
        record(header.id(), action, header.status(), to, detail);
    }

    void touch(UUID poId) {
        jdbc.sql("update purchase_order set version = version + 1 where id = ?").param(poId).update();
    }

    void record(UUID poId, String action, @Nullable PurchaseOrderStatus from, @Nullable PurchaseOrderStatus to,
                @Nullable String detail) {
        String d = detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        jdbc.sql("""
                insert into purchase_order_event (po_id, occurred_at, actor, action, from_status, to_status, detail)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(poId, Timestamp.from(clock.instant()), Actors.current(), action,
                        from == null ? null : from.name(), to == null ? null : to.name(), d)
                .update();
    }

    BigDecimal recomputeTotal(UUID poId) {
        BigDecimal total = jdbc.sql("""
                select coalesce(sum(round(ordered * unit_cost, 2)), 0) from purchase_order_line where po_id = ?""")
                .param(poId).query(BigDecimal.class).single();
        jdbc.sql("update purchase_order set total = ? where id = ?").params(total, poId).update();
        return total;
    }

    List<PurchaseOrderEvent> history(UUID poId) {
        return jdbc.sql("select * from purchase_order_event where po_id = ? order by id").param(poId)
                .query((rs, n) -> new PurchaseOrderEvent(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), status(rs.getString("from_status")), status(rs.getString("to_status")),
                        rs.getString("detail")))
                .list();
    }

    /** A line as {@link PurchaseOrders#setLines} writes it. */
    record NewLine(UUID id, UUID poId, int lineNo, String sku, @Nullable String supplierSku, String description,
                   int ordered, BigDecimal unitCost, LocalDate expectedOn) {
    }

    /** Lines not closed and not fully received, and their units still outstanding. */
    record Outstanding(int lines, int units) {
    }

    private static final String SUMMARY_COLUMNS = """
            select p.number, s.code as supplier_code, s.name as supplier_name, p.location_code, p.status,
                   p.author, p.created_at, p.expected_on, p.total, p.currency, p.version,
                   coalesce(x.lines, 0) as lines, coalesce(x.ordered, 0) as ordered,
                   coalesce(x.received, 0) as received, coalesce(x.outstanding, 0) as outstanding""";

    private static PurchaseOrderSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PurchaseOrderSummary(rs.getString("number"), rs.getString("supplier_code"),
                rs.getString("supplier_name"), rs.getString("location_code"),
                PurchaseOrderStatus.valueOf(rs.getString("status")), rs.getString("author"),
                rs.getTimestamp("created_at").toInstant(), rs.getObject("expected_on", LocalDate.class),
                new Money(rs.getBigDecimal("total"), Currency.getInstance(rs.getString("currency"))),
                rs.getInt("lines"), rs.getInt("ordered"), rs.getInt("received"), rs.getInt("outstanding"),
                rs.getLong("version"));
    }

    /** POs matching the filter, newest first. */
    List<PurchaseOrderSummary> find(PurchaseOrderFilter filter, int limit, long offset) {
        return query(filter, SUMMARY_COLUMNS,
                " order by p.created_at desc, p.number desc limit :limit offset :offset")
                .param("limit", limit).param("offset", offset)
                .query(PurchaseOrderBook::summary)
                .list();
    }

    /** Sent or partly received POs expected on or before the day, the earliest expected first. */
    List<PurchaseOrderSummary> findDue(LocalDate day, int limit) {
        return query(due(), SUMMARY_COLUMNS,
                " and p.expected_on <= :day order by p.expected_on, p.number limit :limit")
                .param("day", day).param("limit", limit)
                .query(PurchaseOrderBook::summary)
                .list();
    }

    long countDue(LocalDate day) {
        return query(due(), "select count(*)", " and p.expected_on <= :day").param("day", day)
                .query(Long.class).single();
    }

    private static PurchaseOrderFilter due() {
        return PurchaseOrderFilter.all().withStatuses(
                EnumSet.of(PurchaseOrderStatus.SENT, PurchaseOrderStatus.PARTIALLY_RECEIVED));
    }

    long count(PurchaseOrderFilter filter) {
        return query(filter, "select count(*)", "").query(Long.class).single();
    }

    private JdbcClient.StatementSpec query(PurchaseOrderFilter filter, String select, String tail) {
        String text = filter.text() == null || filter.text().isBlank() ? null
                : "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
        List<String> statuses = filter.statuses().stream().map(Enum::name).sorted().toList();
        return jdbc.sql(select + """
                 from purchase_order p join supplier s on s.id = p.supplier_id
                left join lateral (select count(*) as lines, sum(ordered) as ordered, sum(received) as received,
                                          sum(case when closed then 0 else greatest(ordered - received, 0) end) as outstanding
                                   from purchase_order_line pl where pl.po_id = p.id) x on true
                where (:anyStatus or p.status in (:statuses))
                  and (cast(:supplier as varchar) is null or s.code = :supplier)
                  and (cast(:location as varchar) is null or p.location_code = :location)
                  and (cast(:text as varchar) is null or lower(p.number) like :text or lower(s.code) like :text
                       or lower(s.name) like :text
                       or exists (select 1 from purchase_order_line t where t.po_id = p.id and lower(t.sku) like :text))
                """ + tail)
                .param("anyStatus", statuses.isEmpty())
                .param("statuses", statuses.isEmpty() ? List.of("-") : statuses)
                .param("supplier", blankToUpper(filter.supplierCode()))
                .param("location", blankToUpper(filter.locationCode()))
                .param("text", text);
    }

    /** Inserts a draft PO. */
    void insert(UUID id, String number, UUID supplierId, UUID locationId, String locationCode, String currency,
                String author, Instant createdAt, @Nullable LocalDate expectedOn, @Nullable String note) {
        jdbc.sql("""
                insert into purchase_order (id, number, supplier_id, location_id, location_code, currency, status, author,
                    created_at, expected_on, note) values (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?)""")
                .params(id, number, supplierId, locationId, locationCode, currency, author,
                        Timestamp.from(createdAt), expectedOn, note)
                .update();
    }

    /** Sets a PO's deliver-to location, expected date and note, bumping its version. */
    void updateHeader(UUID poId, UUID locationId, String locationCode, @Nullable LocalDate expectedOn,
                      @Nullable String note) {
        jdbc.sql("""
                update purchase_order set location_id = ?, location_code = ?, expected_on = ?, note = ?,
                    version = version + 1 where id = ?""")
                .params(locationId, locationCode, expectedOn, note, poId).update();
    }

    /** Replaces every line of a PO. */
    void replaceLines(UUID poId, List<NewLine> lines) {
        jdbc.sql("delete from purchase_order_line where po_id = ?").param(poId).update();
        for (NewLine line : lines) {
            jdbc.sql("""
                    insert into purchase_order_line (id, po_id, line_no, sku, supplier_sku, description, ordered,
                        unit_cost, expected_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(line.id(), line.poId(), line.lineNo(), line.sku(), line.supplierSku(), line.description(),
                            line.ordered(), line.unitCost(), line.expectedOn())
                    .update();
        }
    }

    int countLines(UUID poId) {
        return jdbc.sql("select count(*) from purchase_order_line where po_id = ?").param(poId)
                .query(Integer.class).single();
    }

    void setRejectionReason(UUID poId, String reason) {
        jdbc.sql("update purchase_order set rejection_reason = ? where id = ?").params(reason, poId).update();
    }

    void setCancelReason(UUID poId, String reason) {
        jdbc.sql("update purchase_order set cancel_reason = ? where id = ?").params(reason, poId).update();
    }

    int countReceipts(UUID poId) {
        return jdbc.sql("select count(*) from goods_receipt where po_id = ?").param(poId).query(Integer.class).single();
    }

    Outstanding outstanding(UUID poId) {
        return jdbc.sql("""
                select count(*) as lines, coalesce(sum(ordered - received), 0) as units from purchase_order_line
                where po_id = ? and not closed and received < ordered""").param(poId)
                .query((rs, n) -> new Outstanding(rs.getInt("lines"), rs.getInt("units"))).single();
    }

    /** Closes every line of a PO (nothing more is received on them). */
    void closeLines(UUID poId) {
        jdbc.sql("update purchase_order_line set closed = true where po_id = ?").param(poId).update();
    }

    /** Adds good and damaged units received to a PO line. */
    void addReceived(UUID lineId, int good, int damaged) {
        jdbc.sql("update purchase_order_line set received = received + ?, damaged = damaged + ? where id = ?")
                .params(good, damaged, lineId).update();
    }

    private static @Nullable String blankToUpper(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    Instant now() {
        return clock.instant();
    }

    static String normal(@Nullable String number) {
        return number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
    }

    private static @Nullable PurchaseOrderStatus status(@Nullable String value) {
        return value == null ? null : PurchaseOrderStatus.valueOf(value);
    }

    private static final String HEADER = """
            select p.id, p.number, p.supplier_id, s.code as supplier_code, s.name as supplier_name, p.location_id,
                   p.location_code, p.currency, p.status, p.author, p.expected_on, p.total, p.version,
                   s.over_receipt_tolerance_percent, s.minimum_order_value, s.default_lead_time_days
            from purchase_order p join supplier s on s.id = p.supplier_id""";

    private static Header header(ResultSet rs, int row) throws SQLException {
        return new Header(rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("supplier_id", UUID.class),
                rs.getString("supplier_code"), rs.getString("supplier_name"), rs.getObject("location_id", UUID.class),
                rs.getString("location_code"), rs.getString("currency"), PurchaseOrderStatus.valueOf(rs.getString("status")),
                rs.getString("author"), rs.getObject("expected_on", LocalDate.class), rs.getBigDecimal("total"),
                rs.getLong("version"), rs.getInt("over_receipt_tolerance_percent"),
                rs.getBigDecimal("minimum_order_value"), rs.getInt("default_lead_time_days"));
    }

    static final String LINES = """
            select l.* from purchase_order_line l""";

    static PurchaseOrderLine line(ResultSet rs, int row) throws SQLException {
        int ordered = rs.getInt("ordered");
        int received = rs.getInt("received");
        boolean closed = rs.getBoolean("closed");
        return new PurchaseOrderLine(rs.getObject("id", UUID.class), rs.getInt("line_no"), rs.getString("sku"),
                rs.getString("description"), rs.getString("supplier_sku"), ordered, received, rs.getInt("damaged"),
                rs.getBigDecimal("unit_cost"), rs.getObject("expected_on", LocalDate.class),
                PurchaseOrderLineStatus.of(ordered, received, closed));
    }

    private static final String DETAILS = """
            select p.*, s.code as supplier_code, s.name as supplier_name, s.email as supplier_email,
                   s.payment_terms
            from purchase_order p join supplier s on s.id = p.supplier_id""";

    private PurchaseOrderDetails details(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String currency = rs.getString("currency");
        return new PurchaseOrderDetails(rs.getString("number"),
                new PurchaseOrderDetails.SupplierRef(rs.getString("supplier_code"), rs.getString("supplier_name"),
                        currency, rs.getString("supplier_email"), rs.getString("payment_terms")),
                rs.getString("location_code"), PurchaseOrderStatus.valueOf(rs.getString("status")),
                rs.getString("author"), rs.getString("approver"), rs.getTimestamp("created_at").toInstant(),
                instant(rs, "submitted_at"), instant(rs, "approved_at"), instant(rs, "sent_at"),
                instant(rs, "closed_at"), rs.getObject("expected_on", LocalDate.class),
                new Money(rs.getBigDecimal("total"), Currency.getInstance(currency)), rs.getLong("version"),
                rs.getString("note"), rs.getString("rejection_reason"), rs.getString("cancel_reason"), lines(id));
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
