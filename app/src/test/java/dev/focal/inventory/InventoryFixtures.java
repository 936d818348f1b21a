package dev.focal.inventory;

import dev.focal.catalog.Catalog;
import dev.focal.catalog.Category;
import dev.focal.catalog.ProductDraft;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** SKUs, locations and bins of their own for tests that share one database with the demo data. */
public final class InventoryFixtures {

    private InventoryFixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** A new accessory (one SKU, the product code) of a brand of its own; the caller must be an admin. */
    public static String newSku(Catalog catalog, String prefix) {
        String code = unique(prefix);
        catalog.create(new ProductDraft(Category.ACCESSORIES, code, "Test item " + code, "Brand " + code, "",
                "STANDARD", null, null, null, List.of()));
        return code;
    }

    /** A new contact lens-free location with bins A-01-01 and A-01-02; the caller must be an admin. */
    public static Location newLocation(Locations locations, String prefix) {
        String code = unique(prefix).substring(0, Math.min(20, prefix.length() + 9));
        Location location = locations.create(code, "Test location " + code, LocationKind.WAREHOUSE);
        locations.createBin(code, "A", "01", "01");
        locations.createBin(code, "A", "01", "02");
        return location;
    }
}
