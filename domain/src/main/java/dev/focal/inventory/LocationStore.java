package dev.focal.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of stock locations and their bins (ADR 0013), tables {@code stock_location} and
 * {@code stock_bin_location}. No rules here: {@link Locations} decides; this reads and writes. Codes arrive
 * normalised.
 */
@Component
class LocationStore {

    private final JdbcClient jdbc;

    LocationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All locations, active first, in their display order. */
    List<Location> all() {
        return jdbc.sql("select * from stock_location order by active desc, position, code").query(LocationStore::location)
                .list();
    }

    Optional<Location> find(String code) {
        return jdbc.sql("select * from stock_location where code = ?").param(code).query(LocationStore::location)
                .optional();
    }

    Optional<Location> find(UUID id) {
        return jdbc.sql("select * from stock_location where id = ?").param(id).query(LocationStore::location).optional();
    }

    /** Inserts a location after the last one; throws {@code DuplicateKeyException} when its code is taken. */
    void insert(UUID id, String code, String name, LocationKind kind) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from stock_location").query(Integer.class).single();
        jdbc.sql("insert into stock_location (id, code, name, kind, position) values (?, ?, ?, ?, ?)")
                .params(id, code, name, kind.name(), position).update();
    }

    /** Renames and (de)activates a location if it still has {@code version}; false when it changed since. */
    boolean update(UUID id, long version, String name, boolean active) {
        return jdbc.sql("update stock_location set name = ?, active = ?, version = version + 1 where id = ? and version = ?")
                .params(name, active, id, version).update() > 0;
    }

    List<BinLocation> bins(String locationCode) {
        return jdbc.sql("""
                select b.*, l.code as location_code from stock_bin_location b join stock_location l on l.id = b.location_id
                where l.code = ? order by b.aisle, b.shelf, b.bin""")
                .param(locationCode).query(LocationStore::bin).list();
    }

    Optional<BinLocation> findBin(String code) {
        return jdbc.sql("""
                select b.*, l.code as location_code from stock_bin_location b join stock_location l on l.id = b.location_id
                where b.code = ?""")
                .param(code).query(LocationStore::bin).optional();
    }

    Optional<BinLocation> findBin(UUID id) {
        return jdbc.sql("""
                select b.*, l.code as location_code from stock_bin_location b join stock_location l on l.id = b.location_id
                where b.id = ?""")
                .param(id).query(LocationStore::bin).optional();
    }

    /** Inserts a bin; throws {@code DuplicateKeyException} when its code is taken. */
    void insertBin(UUID id, UUID locationId, String aisle, String shelf, String bin, String code) {
        jdbc.sql("insert into stock_bin_location (id, location_id, aisle, shelf, bin, code) values (?, ?, ?, ?, ?, ?)")
                .params(id, locationId, aisle, shelf, bin, code).update();
    }

    /** Inserts a bin unless its code is taken; true when it was inserted. */
    boolean insertBinIfAbsent(UUID id, UUID locationId, String aisle, String shelf, String bin, String code) {
        return jdbc.sql("""
                insert into stock_bin_location (id, location_id, aisle, shelf, bin, code) values (?, ?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(id, locationId, aisle, shelf, bin, code).update() == 1;
    }

    private static Location location(ResultSet rs, int row) throws SQLException {
        return new Location(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                LocationKind.valueOf(rs.getString("kind")), rs.getBoolean("active"), rs.getLong("version"));
    }

    private static BinLocation bin(ResultSet rs, int row) throws SQLException {
        return new BinLocation(rs.getObject("id", UUID.class), rs.getObject("location_id", UUID.class),
                rs.getString("location_code"), rs.getString("aisle"), rs.getString("shelf"), rs.getString("bin"),
                rs.getString("code"), rs.getBoolean("active"));
    }
}
