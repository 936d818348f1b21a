package dev.focal.inventory;

import dev.focal.shared.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of cycle counts (ADR 0013): count sheets ({@code stock_count}), their bins and SKUs, lines with the
 * snapshot and the count, and who counted. No rules here: {@link CycleCounts}, {@link CycleCounting} and
 * {@link CycleCountReview} decide; this reads and writes. A place is a bin or, as {@code null}, stock not put away.
 */
@Component
class CycleCountStore {

    private static final UUID NO_BIN = new UUID(0, 0);

    /** One lot of a SKU in one place, for spreading a variance over lots. */
    record Lot(String lot, @Nullable LocalDate expiresOn, int onHand) {
    }

    private final JdbcClient jdbc;

    CycleCountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the sheet, its scope and the snapshot of expected stock per place and SKU. */
    void insert(UUID id, String number, UUID locationId, CountScope scope, String scopeText, Collection<UUID> bins,
                Collection<String> skus, String actor, Instant now) {
        jdbc.sql("""
                insert into stock_count (id, number, location_id, scope, scope_text, status, created_by, created_at)
                values (?, ?, ?, ?, ?, 'COUNTING', ?, ?)""")
                .params(id, number, locationId, scope.name(), scopeText, actor, Timestamp.from(now))
                .update();
        for (UUID bin : bins) {
            jdbc.sql("insert into stock_count_bin (count_id, bin_id) values (?, ?)").params(id, bin).update();
        }
        for (String sku : skus) {
            jdbc.sql("insert into stock_count_sku (count_id, sku) values (?, ?)").params(id, sku).update();
        }
        jdbc.sql("""
                insert into stock_count_line (id, count_id, bin_id, sku, expected, snapshot_at)
                select gen_random_uuid(), :count, b.bin_id, b.sku, sum(b.on_hand), :now from stock_bin b
                where b.location_id = :location and b.on_hand > 0
                  and (:scope <> 'BINS' or b.bin_id in (select bin_id from stock_count_bin where count_id = :count))
                  and (:scope <> 'SKUS' or b.sku in (select sku from stock_count_sku where count_id = :count))
                group by b.bin_id, b.sku""")
                .param("count", id).param("now", Timestamp.from(now)).param("location", locationId)
                .param("scope", scope.name()).update();
    }

    Optional<CountSheetHead> head(String number) {
        return jdbc.sql("""
                select c.*, l.code as location_code from stock_count c join stock_location l on l.id = c.location_id
                where c.number = ?""")
                .param(number).query(CycleCountStore::head).optional();
    }

    /**
     * Moves the sheet from one status to another if it is still at {@code version}; stamps who submitted or
     * approved it when that is the new status. False when nothing changed.
     */
    boolean changeStatus(UUID id, long version, CountSheetStatus from, CountSheetStatus to, String actor,
                         Instant now) {
        String stamp = switch (to) {
            case SUBMITTED -> ", submitted_by = :actor, submitted_at = :now";
            case APPROVED -> ", approved_by = :actor, approved_at = :now";
            default -> "";
        };
        var statement = jdbc.sql("""
                update stock_count set status = :to, version = version + 1%s
                where id = :id and version = :version and status = :from""".formatted(stamp))
                .param("to", to.name()).param("id", id).param("version", version).param("from", from.name());
        if (!stamp.isEmpty()) {
            statement = statement.param("actor", actor).param("now", Timestamp.from(now));
        }
        return statement.update() == 1;
    }

    /** Cancels a sheet that is being counted or waiting for review and still at {@code version}. */
    boolean cancel(UUID id, long version) {
        return jdbc.sql("""
                update stock_count set status = 'CANCELLED', version = version + 1
                where id = ? and version = ? and status in ('COUNTING', 'SUBMITTED')""")
                .params(id, version).update() == 1;
    }

    boolean hasBin(UUID sheet, UUID bin) {
        return jdbc.sql("select count(*) from stock_count_bin where count_id = ? and bin_id = ?")
                .params(sheet, bin).query(Integer.class).single() > 0;
    }

    boolean hasSku(UUID sheet, String sku) {
        return jdbc.sql("select count(*) from stock_count_sku where count_id = ? and sku = ?")
                .params(sheet, sku).query(Integer.class).single() > 0;
    }

    /** Marks the lines of a place as visited (a place visited and left without counts was found empty). */
    void visit(UUID sheet, @Nullable UUID bin) {
        jdbc.sql("""
                update stock_count_line set visited = true where count_id = ? and not visited
                  and coalesce(bin_id, '00000000-0000-0000-0000-000000000000'::uuid) = ?""")
                .params(sheet, bin == null ? NO_BIN : bin).update();
    }

    void addCounter(UUID sheet, String username) {
        jdbc.sql("insert into stock_count_counter (count_id, username) values (?, ?) on conflict do nothing")
                .params(sheet, username).update();
    }

    boolean isCounter(UUID sheet, String username) {
        return jdbc.sql("select count(*) from stock_count_counter where count_id = ? and username = ?")
                .params(sheet, username).query(Integer.class).single() > 0;
    }

    Collection<String> counters(UUID sheet) {
        return jdbc.sql("select username from stock_count_counter where count_id = ? order by username")
                .param(sheet).query(String.class).list();
    }

    /**
     * Adds {@code units} to (or with {@code set}, sets) the count of a SKU in a place and returns the line. A line
     * that is new to the sheet had no stock at the snapshot: expected 0, as of the sheet's snapshot.
     */
    CountedLine count(UUID sheet, @Nullable UUID bin, String sku, String description, int units, boolean set,
                      String actor, Instant now) {
        jdbc.sql("""
                insert into stock_count_line (id, count_id, bin_id, sku, expected, snapshot_at)
                select ?, c.id, ?, ?, 0, c.created_at from stock_count c where c.id = ?
                on conflict (count_id, coalesce(bin_id, '00000000-0000-0000-0000-000000000000'::uuid), sku) do nothing""")
                .params(Ids.newId(), bin, sku, sheet).update();
        UUID lineId = jdbc.sql("""
                update stock_count_line set counted = case when :set then :units else coalesce(counted, 0) + :units end,
                    visited = true, counted_by = :actor, counted_at = :now
                where count_id = :count and coalesce(bin_id, '00000000-0000-0000-0000-000000000000'::uuid) = :bin
                  and sku = :sku
                returning id""")
                .param("set", set).param("units", units).param("actor", actor).param("now", Timestamp.from(now))
                .param("count", sheet).param("bin", bin == null ? NO_BIN : bin).param("sku", sku)
                .query(UUID.class).single();
        return jdbc.sql("""
                select l.id, b.code as bin_code, l.sku, l.counted, l.recount from stock_count_line l
                left join stock_bin_location b on b.id = l.bin_id where l.id = ?""")
                .param(lineId)
                .query((rs, n) -> new CountedLine(rs.getObject("id", UUID.class), rs.getString("bin_code"),
                        rs.getString("sku"), description, rs.getInt("counted"), rs.getBoolean("recount")))
                .single();
    }

    /** Places with lines neither counted nor visited, by code ("not put away" for stock without a bin). */
    List<String> unvisitedPlaces(UUID sheet) {
        return jdbc.sql("""
                select distinct coalesce(b.code, 'not put away') from stock_count_line l
                left join stock_bin_location b on b.id = l.bin_id
                where l.count_id = ? and l.counted is null and not l.visited order by 1""")
                .param(sheet).query(String.class).list();
    }

    /** Lines in visited places that were not counted were found empty: counted 0. */
    void countVisitedAsEmpty(UUID sheet) {
        jdbc.sql("update stock_count_line set counted = 0 where count_id = ? and counted is null and visited")
                .param(sheet).update();
    }

    /** Clears the lines' counts and takes a fresh snapshot of them; returns how many lines of the sheet changed. */
    int resetForRecount(UUID sheet, UUID locationId, Collection<UUID> lineIds, Instant now) {
        return jdbc.sql("""
                update stock_count_line l set counted = null, visited = false, recount = true, counted_by = null,
                    counted_at = null, snapshot_at = :now,
                    expected = coalesce((select sum(b.on_hand) from stock_bin b where b.sku = l.sku
                        and b.location_id = :location
                        and coalesce(b.bin_id, '00000000-0000-0000-0000-000000000000'::uuid)
                            = coalesce(l.bin_id, '00000000-0000-0000-0000-000000000000'::uuid)), 0)
                where l.count_id = :count and l.id in (:ids)""")
                .param("now", Timestamp.from(now)).param("location", locationId).param("count", sheet)
                .param("ids", lineIds).update();
    }

    /**
     * Locks the stock rows of the sheet's SKUs at its location in the ledger's lock order (stock_level rows by
     * SKU), so counting and picking cannot interleave while variances are checked and applied.
     */
    void lockStock(UUID sheet, UUID locationId) {
        List<String> skus = jdbc.sql("select distinct sku from stock_count_line where count_id = ? order by sku")
                .param(sheet).query(String.class).list();
        if (!skus.isEmpty()) {
            jdbc.sql("select 1 from stock_level where location_id = :location and sku in (:skus) order by sku for update")
                    .param("location", locationId).param("skus", skus).query(Integer.class).list();
        }
    }

    /** The lots of a SKU in one place, first expiry first. */
    List<Lot> lots(String sku, UUID locationId, @Nullable UUID bin) {
        return jdbc.sql("""
                select lot, expires_on, on_hand from stock_bin where sku = ? and location_id = ?
                  and coalesce(bin_id, '00000000-0000-0000-0000-000000000000'::uuid) = ?
                order by expires_on nulls last, lot""")
                .params(sku, locationId, bin == null ? NO_BIN : bin)
                .query((rs, n) -> new Lot(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getInt(3))).list();
    }

    /** The counted lines, latest count first. */
    List<CountedLine> countedLines(UUID sheet) {
        return jdbc.sql("""
                select l.id, b.code as bin_code, l.sku, %s as description, l.counted, l.recount
                from stock_count_line l %s
                left join stock_bin_location b on b.id = l.bin_id
                where l.count_id = ? and l.counted is not null order by l.counted_at desc nulls last, l.sku""".formatted(
                        InventorySkuStore.DESCRIPTION, InventorySkuStore.JOIN.formatted("l")))
                .param(sheet)
                .query((rs, n) -> new CountedLine(rs.getObject("id", UUID.class), rs.getString("bin_code"),
                        rs.getString("sku"), rs.getString("description"), rs.getInt("counted"), rs.getBoolean("recount")))
                .list();
    }

    /** Places with lines sent back for recount and not counted again yet. */
    List<String> recountPlaces(UUID sheet) {
        return jdbc.sql("""
                select distinct coalesce(b.code, 'not put away') from stock_count_line l
                left join stock_bin_location b on b.id = l.bin_id
                where l.count_id = ? and l.recount and l.counted is null order by 1""")
                .param(sheet).query(String.class).list();
    }

    /** Every line with expected, counted and today's stock of its place. */
    List<VarianceLine> varianceLines(UUID sheet, UUID locationId) {
        return jdbc.sql("""
                select l.id, b.code as bin_code, l.sku, %s as description, l.expected, l.counted, l.recount,
                       coalesce((select sum(s.on_hand) from stock_bin s where s.sku = l.sku and s.location_id = :location
                           and coalesce(s.bin_id, '00000000-0000-0000-0000-000000000000'::uuid)
                               = coalesce(l.bin_id, '00000000-0000-0000-0000-000000000000'::uuid)), 0) as now
                from stock_count_line l %s
                left join stock_bin_location b on b.id = l.bin_id
                where l.count_id = :count order by b.code nulls first, l.sku""".formatted(
                        InventorySkuStore.DESCRIPTION, InventorySkuStore.JOIN.formatted("l")))
                .param("location", locationId).param("count", sheet)
                .query((rs, n) -> new VarianceLine(rs.getObject("id", UUID.class), rs.getString("bin_code"),
                        rs.getString("sku"), rs.getString("description"), rs.getInt("expected"),
                        (Integer) rs.getObject("counted"), rs.getInt("now"), rs.getBoolean("recount")))
                .list();
    }

    List<CountSheetSummary> summaries(@Nullable CountSheetStatus status, int limit, long offset) {
        return jdbc.sql("""
                select c.*, l.code as location_code,
                       (select count(*) from stock_count_line x where x.count_id = c.id) as lines,
                       (select count(*) from stock_count_line x where x.count_id = c.id and x.counted is not null) as counted
                from stock_count c join stock_location l on l.id = c.location_id
                where cast(:status as varchar) is null or c.status = :status
                order by c.created_at desc, c.number desc limit :limit offset :offset""")
                .param("status", status == null ? null : status.name())
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new CountSheetSummary(rs.getObject("id", UUID.class), rs.getString("number"),
                        rs.getString("location_code"), CountScope.valueOf(rs.getString("scope")),
                        rs.getString("scope_text"), CountSheetStatus.valueOf(rs.getString("status")), rs.getInt("lines"),
                        rs.getInt("counted"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                        rs.getLong("version")))
                .list();
    }

    long count(@Nullable CountSheetStatus status) {
        return jdbc.sql("select count(*) from stock_count where cast(:status as varchar) is null or status = :status")
                .param("status", status == null ? null : status.name()).query(Long.class).single();
    }

    private static CountSheetHead head(ResultSet rs, int row) throws SQLException {
        Timestamp approved = rs.getTimestamp("approved_at");
        return new CountSheetHead(rs.getObject("id", UUID.class), rs.getString("number"),
                rs.getObject("location_id", UUID.class), rs.getString("location_code"),
                CountScope.valueOf(rs.getString("scope")), rs.getString("scope_text"),
                CountSheetStatus.valueOf(rs.getString("status")), rs.getString("created_by"),
                rs.getString("approved_by"), approved == null ? null : approved.toInstant(), rs.getLong("version"));
    }
}
