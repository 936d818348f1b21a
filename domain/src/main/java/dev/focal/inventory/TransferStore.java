package dev.focal.inventory;

import dev.focal.shared.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of transfers (ADR 0013): the transfer document ({@code stock_transfer}), its lines, the pieces each
 * line left the source in (bin, lot, expiry) and the discrepancies found on arrival. No rules here:
 * {@link Transfers}, {@link TransferDispatch} and {@link TransferReceiving} decide; this reads and writes.
 */
@Component
class TransferStore {

    /** Stock of a SKU in one place at the source, or a piece of a line taken from there. */
    record Piece(@Nullable UUID bin, String lot, @Nullable LocalDate expiresOn, int quantity) {
    }

    /** A piece a line left the source in, with how many of it have not arrived yet. */
    record OpenPiece(UUID id, String lot, @Nullable LocalDate expiresOn, int open) {
    }

    private final JdbcClient jdbc;

    TransferStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String number, UUID fromLocation, UUID toLocation, @Nullable LocalDate expectedOn,
                @Nullable String note, String actor, Instant now) {
        jdbc.sql("""
                insert into stock_transfer (id, number, from_location_id, to_location_id, status, expected_on, note,
                    created_by, created_at)
                values (?, ?, ?, ?, 'REQUESTED', ?, ?, ?, ?)""")
                .params(id, number, fromLocation, toLocation, expectedOn, note, actor, Timestamp.from(now))
                .update();
    }

    void insertLine(UUID transfer, int lineNo, String sku, int quantity, @Nullable UUID sourceBin, String lot) {
        jdbc.sql("""
                insert into stock_transfer_line (id, transfer_id, line_no, sku, quantity, source_bin_id, lot)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(Ids.newId(), transfer, lineNo, sku, quantity, sourceBin, lot).update();
    }

    /**
     * Moves the transfer to {@code to} (or only bumps its version when {@code to} is null) if it is still at
     * {@code version} and in one of {@code from}. Dispatching stamps who and when and, when given, the expected
     * arrival; closing and cancelling stamp who finished it. False when nothing changed.
     */
    boolean transition(UUID id, long version, List<TransferStatus> from, @Nullable TransferStatus to, String actor,
                       Instant now, @Nullable LocalDate expectedOn) {
        String stamp = to == null ? "" : switch (to) {
            case DISPATCHED -> """
                    , dispatched_by = :actor, dispatched_at = :now, \
                    expected_on = coalesce(cast(:expected as date), expected_on)""";
            case CLOSED, CANCELLED -> ", finished_by = :actor, finished_at = :now";
            default -> "";
        };
        var statement = jdbc.sql("""
                update stock_transfer set version = version + 1, status = coalesce(:to, status)%s
                where id = :id and version = :version and status in (:from)""".formatted(stamp))
                .param("to", to == null ? null : to.name()).param("id", id).param("version", version)
                .param("from", from.stream().map(TransferStatus::name).toList());
        if (stamp.contains(":expected")) {
            statement = statement.param("expected", expectedOn);
        }
        if (!stamp.isEmpty()) {
            statement = statement.param("actor", actor).param("now", Timestamp.from(now));
        }
        return statement.update() == 1;
    }

    /** Where a SKU is at a location (within one bin and lot when given): first expiry first, unplaced before binned. */
    List<Piece> stockPlaces(String sku, UUID location, @Nullable UUID bin, String lot) {
        return jdbc.sql("""
                select bin_id, lot, expires_on, on_hand from stock_bin
                where sku = :sku and location_id = :location and on_hand > 0
                  and (cast(:bin as uuid) is null or bin_id = :bin) and (:lot = '' or lot = :lot)
                order by expires_on nulls last, bin_id nulls first, lot, id""")
                .param("sku", sku).param("location", location).param("bin", bin).param("lot", lot)
                .query((rs, n) -> new Piece(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getInt(4)))
                .list();
    }

    void insertPiece(UUID line, int pieceNo, Piece piece) {
        jdbc.sql("""
                insert into stock_transfer_piece (id, line_id, piece_no, bin_id, lot, expires_on, quantity)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(Ids.newId(), line, pieceNo, piece.bin(), piece.lot(), piece.expiresOn(), piece.quantity())
                .update();
    }

    void markDispatched(UUID line) {
        jdbc.sql("update stock_transfer_line set dispatched = quantity where id = ?").param(line).update();
    }

    /** The pieces of a line in the order they left, with what is still open of each. */
    List<OpenPiece> openPieces(UUID line) {
        return jdbc.sql("""
                select id, lot, expires_on, quantity - received from stock_transfer_piece where line_id = ?
                order by piece_no""")
                .param(line)
                .query((rs, n) -> new OpenPiece(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getInt(4)))
                .list();
    }

    void pieceArrived(UUID piece, int quantity) {
        jdbc.sql("update stock_transfer_piece set received = received + ? where id = ?").params(quantity, piece).update();
    }

    void lineArrived(UUID line, int received, int damaged) {
        jdbc.sql("update stock_transfer_line set received = received + ?, damaged = damaged + ? where id = ?")
                .params(received, damaged, line).update();
    }

    void lineShort(UUID line, int quantity) {
        jdbc.sql("update stock_transfer_line set short = short + ? where id = ?").params(quantity, line).update();
    }

    void addDiscrepancy(UUID line, TransferDiscrepancyKind kind, int quantity, String note, String actor, Instant at) {
        jdbc.sql("""
                insert into stock_transfer_discrepancy (id, line_id, kind, quantity, note, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(Ids.newId(), line, kind.name(), quantity, note, actor, Timestamp.from(at))
                .update();
    }

    /** After a delivery: received (finished by {@code by} at {@code at}) or partially received (both null). */
    void delivered(String number, TransferStatus status, @Nullable String by, @Nullable Instant at) {
        jdbc.sql("""
                update stock_transfer set status = :status, finished_by = :by, finished_at = :at where number = :number""")
                .param("status", status.name()).param("by", by).param("at", at == null ? null : Timestamp.from(at))
                .param("number", number).update();
    }

    /** The transfer with its lines and their discrepancies. */
    Optional<TransferDetails> details(String number) {
        Optional<TransferDetails> found = jdbc.sql("""
                select t.*, f.code as from_code, f.name as from_name, d.code as to_code, d.name as to_name
                from stock_transfer t join stock_location f on f.id = t.from_location_id
                join stock_location d on d.id = t.to_location_id where t.number = ?""")
                .param(number).query(TransferStore::head).optional();
        if (found.isEmpty()) {
            return found;
        }
        TransferDetails head = found.get();
        Map<UUID, List<TransferDiscrepancy>> discrepancies = new HashMap<>();
        jdbc.sql("""
                select x.* from stock_transfer_discrepancy x join stock_transfer_line l on l.id = x.line_id
                where l.transfer_id = ? order by x.recorded_at, x.id""")
                .param(head.id())
                .query((rs, n) -> {
                    discrepancies.computeIfAbsent(rs.getObject("line_id", UUID.class), k -> new ArrayList<>())
                            .add(new TransferDiscrepancy(TransferDiscrepancyKind.valueOf(rs.getString("kind")),
                                    rs.getInt("quantity"), rs.getString("note"), rs.getString("recorded_by"),
                                    rs.getTimestamp("recorded_at").toInstant()));
                    return 0;
                }).list();
        List<TransferLine> lines = jdbc.sql("""
                select l.*, %s as description, b.code as bin_code from stock_transfer_line l
                %s
                left join stock_bin_location b on b.id = l.source_bin_id
                where l.transfer_id = ? order by l.line_no""".formatted(InventorySkuStore.DESCRIPTION,
                        InventorySkuStore.JOIN.formatted("l")))
                .param(head.id())
                .query((rs, n) -> new TransferLine(rs.getObject("id", UUID.class), rs.getInt("line_no"),
                        rs.getString("sku"), rs.getString("description"), rs.getInt("quantity"),
                        rs.getString("bin_code"), rs.getString("lot"), rs.getInt("dispatched"), rs.getInt("received"),
                        rs.getInt("damaged"), rs.getInt("short"),
                        discrepancies.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
        return Optional.of(new TransferDetails(head.id(), head.number(), head.fromLocation(), head.fromName(),
                head.toLocation(), head.toName(), head.status(), head.expectedOn(), head.note(), head.createdBy(),
                head.createdAt(), head.dispatchedBy(), head.dispatchedAt(), head.finishedBy(), head.finishedAt(),
                head.version(), lines));
    }

    List<TransferSummary> summaries(TransferFilter filter, int limit, long offset) {
        return query(filter, """
                select t.id, t.number, f.code as from_code, d.code as to_code, t.status, t.expected_on, t.created_by,
                       t.created_at,
                       (select count(*) from stock_transfer_line l where l.transfer_id = t.id) as lines,
                       (select coalesce(sum(quantity), 0) from stock_transfer_line l where l.transfer_id = t.id) as units""",
                " order by t.created_at desc, t.number desc limit :limit offset :offset")
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new TransferSummary(rs.getObject("id", UUID.class), rs.getString("number"),
                        rs.getString("from_code"), rs.getString("to_code"),
                        TransferStatus.valueOf(rs.getString("status")), rs.getObject("expected_on", LocalDate.class),
                        rs.getInt("lines"), rs.getInt("units"), rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    long count(TransferFilter filter) {
        return query(filter, "select count(*)", "").query(Long.class).single();
    }

    private JdbcClient.StatementSpec query(TransferFilter filter, String select, String tail) {
        String text = filter.text() == null || filter.text().isBlank() ? null
                : "%" + filter.text().strip().toUpperCase(Locale.ROOT) + "%";
        String location = filter.location() == null || filter.location().isBlank() ? null
                : filter.location().strip().toUpperCase(Locale.ROOT);
        return jdbc.sql(select + """
                 from stock_transfer t join stock_location f on f.id = t.from_location_id
                join stock_location d on d.id = t.to_location_id
                where (cast(:status as varchar) is null or t.status = :status)
                  and (cast(:location as varchar) is null or f.code = :location or d.code = :location)
                  and (cast(:text as varchar) is null or t.number like :text
                       or exists (select 1 from stock_transfer_line l where l.transfer_id = t.id and l.sku like :text))
                """ + tail)
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("location", location).param("text", text);
    }

    /** What of a SKU is in transit to any location with an expected date, earliest first. */
    List<InboundSupply.Incoming> inTransit(String sku) {
        return jdbc.sql("""
                select t.number, d.code, l.dispatched - l.received - l.damaged - l.short as outstanding, t.expected_on
                from stock_transfer_line l join stock_transfer t on t.id = l.transfer_id
                join stock_location d on d.id = t.to_location_id
                where l.sku = ? and t.status in ('DISPATCHED', 'PARTIALLY_RECEIVED') and t.expected_on is not null
                  and l.dispatched - l.received - l.damaged - l.short > 0
                order by t.expected_on, t.number""")
                .param(sku)
                .query((rs, n) -> new InboundSupply.Incoming(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    private static TransferDetails head(ResultSet rs, int row) throws SQLException {
        Timestamp dispatched = rs.getTimestamp("dispatched_at");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new TransferDetails(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("from_code"),
                rs.getString("from_name"), rs.getString("to_code"), rs.getString("to_name"),
                TransferStatus.valueOf(rs.getString("status")), rs.getObject("expected_on", LocalDate.class),
                rs.getString("note"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("dispatched_by"), dispatched == null ? null : dispatched.toInstant(),
                rs.getString("finished_by"), finished == null ? null : finished.toInstant(), rs.getLong("version"),
                List.of());
    }
}
