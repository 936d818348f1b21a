package dev.focal.inventory;

import dev.focal.catalog.Catalog;
import dev.focal.catalog.Category;
import dev.focal.catalog.ProductDetails;
import dev.focal.catalog.ProductStatus;
import dev.focal.catalog.Variant;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode's stock: a warehouse (WH1) with 64 bins, two stores and the lens lab; opening stock of every
 * frame, contact lens and accessory SKU spread over bins and stores; contact lens lots of which some expire
 * within a month; reorder policies at the warehouse with some SKUs at or below their reorder point; and a few
 * reserved order lines. Deterministic (fixed seed), loaded once, through the same services the screens use.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "focal.demo", havingValue = "true")
class InventoryDemoData implements ApplicationRunner {

    static final String WAREHOUSE = "WH1";
    static final String STORE_BERLIN = "ST-BER";
    static final String STORE_MUNICH = "ST-MUC";
    static final String LAB = "LAB";

    private static final Logger log = LoggerFactory.getLogger(InventoryDemoData.class);

    private final Locations locations;
    private final Inventory inventory;
    private final Reservations reservations;
    private final ReorderPolicies policies;
    private final Catalog catalog;
    private final TransactionTemplate transactions;
    private final Clock clock;

    InventoryDemoData(Locations locations, Inventory inventory, Reservations reservations, ReorderPolicies policies,
                      Catalog catalog, TransactionTemplate transactions, Clock clock) {
        this.locations = locations;
        this.inventory = inventory;
        this.reservations = reservations;
        this.policies = policies;
        this.catalog = catalog;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("demo-data",
                null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            if (locations.find(WAREHOUSE).isPresent()) {
                return;
            }
            int units = transactions.execute(status -> load());
            log.info("Demo mode: loaded stock ({} units) in 4 locations with reorder policies and lots", units);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private int load() {
        var random = new Random(4_2026L);
        locations.create(WAREHOUSE, "Main warehouse", LocationKind.WAREHOUSE);
        locations.create(STORE_BERLIN, "Store Berlin Mitte", LocationKind.STORE);
        locations.create(STORE_MUNICH, "Store München", LocationKind.STORE);
        locations.create(LAB, "Lens lab", LocationKind.LAB);
        List<String> warehouseBins = new ArrayList<>();
        for (String aisle : List.of("A", "B", "C", "D")) {
            for (int shelf = 1; shelf <= 4; shelf++) {
                for (int bin = 1; bin <= 4; bin++) {
                    warehouseBins.add(locations.createBin(WAREHOUSE, aisle, "%02d".formatted(shelf),
                            "%02d".formatted(bin)).code());
                }
            }
        }
        for (String store : List.of(STORE_BERLIN, STORE_MUNICH)) {
            for (int shelf = 1; shelf <= 3; shelf++) {
                for (int bin = 1; bin <= 4; bin++) {
                    locations.createBin(store, "F", "%02d".formatted(shelf), "%02d".formatted(bin));
                }
            }
        }
        for (int bin = 1; bin <= 4; bin++) {
            locations.createBin(LAB, "L", "01", "%02d".formatted(bin));
        }

        int units = 0;
        int frameIndex = 0;
        LocalDate today = LocalDate.now(clock);
        for (var id : catalog.allProductIds()) {
            ProductDetails product = catalog.get(id);
            if (product.status() != ProductStatus.ACTIVE) {
                continue;
            }
            Category category = product.draft().category();
            for (Variant variant : product.draft().variants()) {
                String sku = variant.sku();
                switch (category) {
                    case EYEGLASSES, SUNGLASSES, READERS -> {
                        String bin = warehouseBins.get(frameIndex++ % warehouseBins.size());
                        // Every seventh frame SKU is low at the warehouse: 0 to 2 against a reorder point of 3.
                        boolean low = frameIndex % 7 == 0;
                        int quantity = low ? random.nextInt(3) : 4 + random.nextInt(12);
                        units += receive(sku, WAREHOUSE, bin, quantity, null, null);
                        policies.save(sku, WAREHOUSE, 1, 3, 10, null, null);
                        if (random.nextInt(3) == 0) {
                            units += receive(sku, STORE_BERLIN, null, 1 + random.nextInt(3), null, null);
                        }
                        if (random.nextInt(4) == 0) {
                            units += receive(sku, STORE_MUNICH, null, 1 + random.nextInt(2), null, null);
                        }
                    }
                    case CONTACT_LENSES -> {
                        String bin = warehouseBins.get(warehouseBins.size() - 1 - (frameIndex++ % 8));
                        // Two lots: one expiring within three weeks (first out), one in two years.
                        units += receive(sku, WAREHOUSE, bin, 6 + random.nextInt(6), "L" + (24000 + random.nextInt(999)),
                                today.plusDays(10 + random.nextInt(10)));
                        units += receive(sku, WAREHOUSE, bin, 20 + random.nextInt(20), "L" + (26000 + random.nextInt(999)),
                                today.plusYears(2));
                        units += receive(sku, STORE_BERLIN, null, 4, "L" + (25000 + random.nextInt(999)),
                                today.plusMonths(8));
                        policies.save(sku, WAREHOUSE, 10, 20, null, 60, null);
                    }
                    case ACCESSORIES -> {
                        String bin = warehouseBins.get(warehouseBins.size() - 9 - (frameIndex++ % 8));
                        units += receive(sku, WAREHOUSE, bin, 10 + random.nextInt(30), null, null);
                        units += receive(sku, STORE_BERLIN, null, 2 + random.nextInt(6), null, null);
                        units += receive(sku, STORE_MUNICH, null, 2 + random.nextInt(6), null, null);
                        policies.save(sku, WAREHOUSE, 5, 8, 24, null, null);
                    }
                    default -> {
                        // Lenses are made to order and services are not stocked.
                    }
                }
            }
        }
        reserveDemoOrders();
        return units;
    }

    private int receive(String sku, String location, String bin, int quantity, String lot, LocalDate expiresOn) {
        if (quantity <= 0) {
            return 0;
        }
        inventory.receive(new StockReceipt(sku, location, bin, quantity, lot, expiresOn, "OPENING",
                "Opening stock", null), null);
        return quantity;
    }

    /** Two web orders waiting to be picked, so reserved and available differ somewhere. */
    private void reserveDemoOrders() {
        List<String> stocked = inventory.overview(new StockFilter(null, WAREHOUSE, null, false, null),
                        org.springframework.data.domain.PageRequest.of(0, 40)).stream()
                .filter(r -> r.available() >= 3).map(StockRow::sku).toList();
        if (stocked.size() < 3) {
            return;
        }
        reservations.reserve(new ReservationRequest("DEMO-1001", List.of(new ReservationLine("1", stocked.get(0), WAREHOUSE, 1),
                new ReservationLine("2", stocked.get(1), WAREHOUSE, 2)), null));
        reservations.reserve(new ReservationRequest("DEMO-1002", List.of(new ReservationLine("1", stocked.get(2), WAREHOUSE, 1)),
                null));
    }
}
