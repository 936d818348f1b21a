package dev.focal.inventory;

import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.InventoryExceptions.StockNotFound;
import dev.focal.inventory.InventoryExceptions.StockRecordChanged;
import dev.focal.shared.Ids;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock locations and their bins. Every staff member reads them; admins create and change locations,
 * admins and warehouse staff add bins.
 */
@Service
@Transactional(readOnly = true)
public class Locations {

    private static final Pattern LOCATION_CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{0,19}$");
    private static final Pattern BIN_PART = Pattern.compile("^[A-Z0-9]{1,8}$");

    private final LocationStore store;

    Locations(LocationStore store) {
        this.store = store;
    }

    /** All locations, active first, in their display order. */
    @PreAuthorize(InventoryAccess.STAFF)
    public List<Location> all() {
        return store.all();
    }

    @PreAuthorize(InventoryAccess.STAFF)
    public List<Location> active() {
        return all().stream().filter(Location::active).toList();
    }

    /** @throws StockNotFound when there is no location with that code */
    @PreAuthorize("permitAll()")
    public Location get(String code) {
        return find(code).orElseThrow(() -> new StockNotFound("location " + code));
    }

    @PreAuthorize("permitAll()")
    public Optional<Location> find(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return store.find(code.strip().toUpperCase(Locale.ROOT));
    }

    Location get(UUID id) {
        return store.find(id).orElseThrow(() -> new StockNotFound("location " + id));
    }

    /** @throws InvalidStockInput naming the field ({@code code}, {@code name}) */
    @Transactional
    @PreAuthorize(InventoryAccess.ADMINS)
    public Location create(String code, String name, LocationKind kind) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!LOCATION_CODE.matcher(c).matches()) {
            throw new InvalidStockInput("code", "Use 1 to 20 letters, digits or dashes, like WH1 or STORE-MITTE.");
        }
        String n = checkName(name);
        if (find(c).isPresent()) {
            throw new InvalidStockInput("code", "There is a location " + c + " already.");
        }
        UUID id = Ids.newId();
        try {
            store.insert(id, c, n, kind);
        } catch (DuplicateKeyException raced) {
            throw new InvalidStockInput("code", "There is a location " + c + " already.");
        }
        return get(id);
    }

    /** Renames a location or (de)activates it, when nobody changed it since {@code version} was read. */
    @Transactional
    @PreAuthorize(InventoryAccess.ADMINS)
    public void update(String code, long version, String name, boolean active) {
        Location location = get(code);
        if (!store.update(location.id(), version, checkName(name), active)) {
            throw new StockRecordChanged("Location " + location.code());
        }
    }

    @PreAuthorize(InventoryAccess.STAFF)
    public List<BinLocation> bins(String locationCode) {
        return store.bins(locationCode);
    }

    /** A bin by its full code ("WH1/A-01-03", as its label's barcode carries it); case does not matter. */
    @PreAuthorize(InventoryAccess.STAFF)
    public Optional<BinLocation> findBin(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return store.findBin(code.strip().toUpperCase(Locale.ROOT));
    }

    Optional<BinLocation> findBin(UUID id) {
        return store.findBin(id);
    }

    /**
     * Adds a bin. Parts are 1 to 8 letters or digits; the code becomes "LOC/AISLE-SHELF-BIN".
     *
     * @throws InvalidStockInput naming {@code aisle}, {@code shelf} or {@code bin}, or when the bin exists
     */
    @Transactional
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public BinLocation createBin(String locationCode, String aisle, String shelf, String bin) {
        Location location = get(locationCode);
        String a = binPart("aisle", aisle);
        String s = binPart("shelf", shelf);
        String b = binPart("bin", bin);
        String code = BinLocation.code(location.code(), a, s, b);
        if (findBin(code).isPresent()) {
            throw new InvalidStockInput("bin", "Bin " + code + " exists already.");
        }
        UUID id = Ids.newId();
        try {
            store.insertBin(id, location.id(), a, s, b, code);
        } catch (DuplicateKeyException raced) {
            throw new InvalidStockInput("bin", "Bin " + code + " exists already.");
        }
        return findBin(id).orElseThrow();
    }

    /** At most this many bins are added in one go. */
    public static final int MAX_BINS_AT_ONCE = 500;

    /**
     * Adds the bins of a range in one go: every shelf from {@code shelfFrom} to {@code shelfTo} times every bin
     * from {@code binFrom} to {@code binTo} in one aisle, numbered with two digits ("A-01-01" .. "A-04-06").
     * Bins that exist already are left as they are. Returns the bins added, in order.
     *
     * @throws InvalidStockInput naming {@code aisle}, {@code shelfTo}, {@code binTo} or {@code shelfFrom}/{@code binFrom}
     */
    @Transactional
    @PreAuthorize(InventoryAccess.STOCK_KEEPERS)
    public List<BinLocation> createBins(String locationCode, String aisle, int shelfFrom, int shelfTo, int binFrom,
                                        int binTo) {
        Location location = get(locationCode);
        String a = binPart("aisle", aisle);
        range("shelf", shelfFrom, shelfTo);
        range("bin", binFrom, binTo);
        long count = (long) (shelfTo - shelfFrom + 1) * (binTo - binFrom + 1);
        if (count > MAX_BINS_AT_ONCE) {
            throw new InvalidStockInput("binTo", "That is " + count + " bins; add at most " + MAX_BINS_AT_ONCE
                    + " at once.");
        }
        List<BinLocation> created = new java.util.ArrayList<>();
        for (int shelf = shelfFrom; shelf <= shelfTo; shelf++) {
            for (int bin = binFrom; bin <= binTo; bin++) {
                String s = "%02d".formatted(shelf);
                String b = "%02d".formatted(bin);
                String code = BinLocation.code(location.code(), a, s, b);
                UUID id = Ids.newId();
                if (store.insertBinIfAbsent(id, location.id(), a, s, b, code)) {
                    created.add(findBin(id).orElseThrow());
                }
            }
        }
        return created;
    }

    private static void range(String field, int from, int to) {
        if (from < 0 || from > 99_999_999) {
            throw new InvalidStockInput(field + "From", "Enter a number from 0 up.");
        }
        if (to < from || to > 99_999_999) {
            throw new InvalidStockInput(field + "To", "Enter a number from " + from + " up.");
        }
    }

    private static String binPart(String field, @Nullable String value) {
        String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!BIN_PART.matcher(v).matches()) {
            throw new InvalidStockInput(field, "Use 1 to 8 letters or digits, like A or 01.");
        }
        return v;
    }

    private static String checkName(@Nullable String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw new InvalidStockInput("name", "Enter a name of 1 to 100 characters.");
        }
        return n;
    }
}
