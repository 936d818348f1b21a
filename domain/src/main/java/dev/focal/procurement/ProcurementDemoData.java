package dev.focal.procurement;

import dev.focal.catalog.Catalog;
import dev.focal.catalog.Category;
import dev.focal.catalog.ProductDetails;
import dev.focal.catalog.ProductStatus;
import dev.focal.catalog.Variant;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.StockFilter;
import dev.focal.inventory.StockRow;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode's purchasing: four suppliers (frames, contact lenses, accessories, lens blanks) with items for the
 * demo SKUs; purchase orders in every interesting state (a draft, one awaiting approval written by the demo
 * buyer so the demo admin can approve it, one sent with expected dates that give promise dates, one partly
 * received, two received with receipts, one of them late) made through the same services the screens use,
 * then dated back so supplier performance has history; and a first run of reorder proposals. Loaded once,
 * after the demo stock ({@code @Order(50)}).
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "focal.demo", havingValue = "true")
class ProcurementDemoData implements ApplicationRunner {

    static final String FRAMES = "NORDLICHT";
    static final String CONTACTS = "BRIGHTWATER";
    static final String ACCESSORIES = "OAKHAVEN";
    static final String LENSES = "CLARITY-LAB";
    private static final String WAREHOUSE = "WH1";

    private static final Logger log = LoggerFactory.getLogger(ProcurementDemoData.class);

    private final Suppliers suppliers;
    private final PurchaseOrders purchaseOrders;
    private final Receiving receiving;
    private final ReorderProposals proposals;
    private final Catalog catalog;
    private final Inventory inventory;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ProcurementDemoData(Suppliers suppliers, PurchaseOrders purchaseOrders, Receiving receiving,
                        ReorderProposals proposals, Catalog catalog, Inventory inventory, JdbcClient jdbc,
                        TransactionTemplate transactions, Clock clock) {
        this.suppliers = suppliers;
        this.purchaseOrders = purchaseOrders;
        this.receiving = receiving;
        this.proposals = proposals;
        this.catalog = catalog;
        this.inventory = inventory;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            boolean loaded = as("demo-data", "ADMIN", () -> suppliers.findDetails(FRAMES).isPresent());
            if (loaded || as("demo-data", "ADMIN", () -> inventory.stockOf("AC-CLOTH").isEmpty())) {
                return;
            }
            String summary = transactions.execute(status -> load());
            log.info("Demo mode: loaded purchasing: {}", summary);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private String load() {
        Map<Category, List<String>> skus = skusByCategory();
        LocalDate today = LocalDate.now(clock);
        as("demo-data", "ADMIN", () -> {
            suppliers.create(new SupplierDraft(FRAMES, "Nordlicht Eyewear GmbH", "orders@nordlicht-eyewear.example",
                    "+49 40 555 0100", "Jana Petersen", "Nordlicht Eyewear GmbH\nSpeicherstadt 12\n20457 Hamburg\nGermany",
                    "EUR", "30 days net", 14, new BigDecimal("250.00"), 5, true));
            suppliers.create(new SupplierDraft(CONTACTS, "Brightwater Vision Supply", "supply@brightwater.example",
                    "+31 20 555 0199", "Pieter de Vries", "Brightwater Vision Supply B.V.\nKeizersgracht 300\n1016 EZ Amsterdam\nNetherlands",
                    "EUR", "14 days 2 % discount, 30 days net", 5, new BigDecimal("150.00"), 10, true));
            suppliers.create(new SupplierDraft(ACCESSORIES, "Oakhaven Accessories Ltd", "sales@oakhaven.example",
                    "+44 20 7946 0321", "Amelia Clarke", "Oakhaven Accessories Ltd\n18 Leather Lane\nLondon EC1N 7SU\nUnited Kingdom",
                    "EUR", "30 days net", 10, new BigDecimal("100.00"), 0, true));
            suppliers.create(new SupplierDraft(LENSES, "Clarity Lens Blanks", "lab-orders@clarity-lens.example",
                    "+49 89 555 0177", "Markus Huber", "Clarity Lens Blanks GmbH\nLindwurmstraße 88\n80337 München\nGermany",
                    "EUR", "Monthly invoice, 30 days net", 3, BigDecimal.ZERO, 2, true));
            for (String sku : skus.get(Category.EYEGLASSES)) {
                suppliers.saveItem(FRAMES, new SupplierItemDraft(sku, "NL-" + sku, frameCost(sku), 1, 1, null), null);
            }
            for (String sku : skus.get(Category.CONTACT_LENSES)) {
                suppliers.saveItem(CONTACTS, new SupplierItemDraft(sku, "BW-" + sku, new BigDecimal("9.80"), 10, 10, null), null);
            }
            for (String sku : skus.get(Category.ACCESSORIES)) {
                suppliers.saveItem(ACCESSORIES, new SupplierItemDraft(sku, "OH-" + sku, accessoryCost(sku), 12, 12, null), null);
            }
            for (String sku : skus.get(Category.LENSES)) {
                suppliers.saveItem(LENSES, new SupplierItemDraft(sku, "CB-" + sku, new BigDecimal("6.40"), 2, 10, 2), null);
            }
            return null;
        });

        // Frame SKUs low at the warehouse stay low (they feed the reorder proposals); others are ordered.
        List<String> low = as("demo-data", "ADMIN", () -> inventory.overview(new StockFilter(null, WAREHOUSE, null, true, null),
                PageRequest.of(0, 500)).stream().map(StockRow::sku).toList());
        List<String> frames = skus.get(Category.EYEGLASSES).stream().filter(s -> !low.contains(s)).toList();
        List<String> lowFrames = skus.get(Category.EYEGLASSES).stream().filter(low::contains).toList();
        List<String> contacts = skus.get(Category.CONTACT_LENSES);
        List<String> accessories = skus.get(Category.ACCESSORIES);
        List<String> made = new ArrayList<>();

        // Two received frame and accessory orders of a month ago: one on time, one late with damaged units.
        if (frames.size() >= 8) {
            String po = ordered("buyer", FRAMES, WAREHOUSE, List.of(
                    PurchaseOrderLineDraft.of(frames.get(0), 4), PurchaseOrderLineDraft.of(frames.get(1), 4),
                    PurchaseOrderLineDraft.of(frames.get(2), 6), PurchaseOrderLineDraft.of(frames.get(3), 6)), true);
            receive(po, List.of(ReceiptLineDraft.of(frames.get(0), 4), ReceiptLineDraft.of(frames.get(1), 4),
                    ReceiptLineDraft.of(frames.get(2), 6), ReceiptLineDraft.of(frames.get(3), 6)));
            backdate(po, 40, 28, 29);
            made.add(po);
        }
        if (accessories.size() >= 2) {
            String po = ordered("buyer", ACCESSORIES, WAREHOUSE, List.of(
                    PurchaseOrderLineDraft.of(accessories.get(0), 48), PurchaseOrderLineDraft.of(accessories.get(1), 24)), true);
            receive(po, List.of(new ReceiptLineDraft(accessories.get(0), 46, 2, null, null, null),
                    ReceiptLineDraft.of(accessories.get(1), 24)));
            backdate(po, 35, 25, 20);
            made.add(po);
        }
        // Partly received contact lenses: the second lens is still to come.
        if (contacts.size() >= 2) {
            String po = ordered("buyer", CONTACTS, WAREHOUSE, List.of(
                    PurchaseOrderLineDraft.of(contacts.get(0), 20), PurchaseOrderLineDraft.of(contacts.get(1), 30)), true);
            receive(po, List.of(new ReceiptLineDraft(contacts.get(0), 20, 0, "L27114", today.plusYears(2), null),
                    new ReceiptLineDraft(contacts.get(1), 10, 0, "L27115", today.plusYears(2), null)));
            backdate(po, 9, 2, 3);
            jdbc.sql("""
                    update purchase_order_line set expected_on = ? where po_id = (select id from purchase_order where number = ?)
                      and received < ordered""").params(today.plusDays(4), po).update();
            made.add(po);
        }
        // Sent: frames low at the warehouse, expected in 10 days (gives promise dates).
        if (lowFrames.size() >= 3) {
            String po = as("buyer", "BUYER", () -> {
                String number = purchaseOrders.create(FRAMES, WAREHOUSE, today.plusDays(10), "Restock of low frames.");
                purchaseOrders.setLines(number, version(number), List.of(PurchaseOrderLineDraft.of(lowFrames.get(0), 10),
                        PurchaseOrderLineDraft.of(lowFrames.get(1), 10), PurchaseOrderLineDraft.of(lowFrames.get(2), 6)));
                purchaseOrders.submit(number, version(number));
                return number;
            });
            approveIfNeeded(po);
            as("buyer", "BUYER", () -> {
                purchaseOrders.send(po, version(po));
                return null;
            });
            made.add(po);
        }
        // Awaiting approval: written by the demo buyer, above the threshold, for the admin to approve.
        if (frames.size() >= 12) {
            String po = as("buyer", "BUYER", () -> {
                String number = purchaseOrders.create(FRAMES, WAREHOUSE, today.plusDays(21), "Autumn collection top-up.");
                List<PurchaseOrderLineDraft> lines = new ArrayList<>();
                for (int i = 4; i < 12; i++) {
                    lines.add(PurchaseOrderLineDraft.of(frames.get(i), 8));
                }
                purchaseOrders.setLines(number, version(number), lines);
                purchaseOrders.submit(number, version(number));
                return number;
            });
            made.add(po);
        }
        // A draft of accessories for the Berlin store.
        if (accessories.size() >= 3) {
            String po = as("buyer", "BUYER", () -> {
                String number = purchaseOrders.create(ACCESSORIES, "ST-BER", null, null);
                purchaseOrders.setLines(number, version(number), List.of(PurchaseOrderLineDraft.of(accessories.get(2), 12)));
                return number;
            });
            made.add(po);
        }
        ReorderRun run = as("system", "BUYER", proposals::run);
        return "4 suppliers, " + made.size() + " purchase orders (" + String.join(", ", made) + "), "
                + run.lines() + " reorder proposal lines for " + run.proposals() + " suppliers";
    }

    /** Created by {@code author}, lines set, submitted, approved (by the admin when needed) and sent. */
    private String ordered(String author, String supplier, String location, List<PurchaseOrderLineDraft> lines,
                           boolean send) {
        String number = as(author, "BUYER", () -> {
            String n = purchaseOrders.create(supplier, location, null, null);
            purchaseOrders.setLines(n, version(n), lines);
            purchaseOrders.submit(n, version(n));
            return n;
        });
        approveIfNeeded(number);
        if (send) {
            as(author, "BUYER", () -> {
                purchaseOrders.send(number, version(number));
                return null;
            });
        }
        return number;
    }

    private void approveIfNeeded(String number) {
        as("admin", "ADMIN", () -> {
            if (purchaseOrders.get(number).status() == PurchaseOrderStatus.SUBMITTED) {
                purchaseOrders.approve(number, version(number));
            }
            return null;
        });
    }

    private void receive(String po, List<ReceiptLineDraft> lines) {
        as("warehouse", "WAREHOUSE", () -> receiving.receive(new ReceiptDraft(po, WAREHOUSE, null, lines)));
    }

    /**
     * Dates a PO back: sent {@code sentDaysAgo}, lines expected {@code expectedDaysAgo}, its receipts booked
     * {@code receivedDaysAgo} (after the expected date: a late delivery).
     */
    private void backdate(String number, int sentDaysAgo, int expectedDaysAgo, int receivedDaysAgo) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Timestamp sent = Timestamp.from(now.minus(sentDaysAgo, ChronoUnit.DAYS));
        Timestamp created = Timestamp.from(now.minus(sentDaysAgo + 1, ChronoUnit.DAYS));
        Timestamp received = Timestamp.from(now.minus(receivedDaysAgo, ChronoUnit.DAYS));
        jdbc.sql("""
                update purchase_order set created_at = ?, submitted_at = ?, approved_at = ?, sent_at = ?,
                    expected_on = ? where number = ?""")
                .params(created, created, sent, sent, today.minusDays(expectedDaysAgo), number).update();
        jdbc.sql("update purchase_order_line set expected_on = ? where po_id = (select id from purchase_order where number = ?)")
                .params(today.minusDays(expectedDaysAgo), number).update();
        jdbc.sql("update goods_receipt set received_at = ? where po_id = (select id from purchase_order where number = ?)")
                .params(received, number).update();
        jdbc.sql("""
                update purchase_order_event set occurred_at = case
                    when action in ('CREATED', 'LINES', 'SUBMITTED') then ?::timestamptz
                    when action in ('APPROVED', 'SENT') then ?::timestamptz else ?::timestamptz end
                where po_id = (select id from purchase_order where number = ?)""")
                .params(created, sent, received, number).update();
    }

    private long version(String number) {
        return purchaseOrders.get(number).version();
    }

    private Map<Category, List<String>> skusByCategory() {
        Map<Category, List<String>> skus = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            skus.put(c, new ArrayList<>());
        }
        as("demo-data", "ADMIN", () -> {
            for (var id : catalog.allProductIds()) {
                ProductDetails product = catalog.get(id);
                if (product.status() != ProductStatus.ACTIVE) {
                    continue;
                }
                Category category = product.draft().category();
                Category group = switch (category) {
                    case EYEGLASSES, SUNGLASSES, READERS -> Category.EYEGLASSES;
                    default -> category;
                };
                for (Variant variant : product.draft().variants()) {
                    if (variant.status() == Variant.Status.ACTIVE) {
                        skus.get(group).add(variant.sku());
                    }
                }
            }
            return null;
        });
        return skus;
    }

    private static BigDecimal frameCost(String sku) {
        return BigDecimal.valueOf(1800 + Math.floorMod(sku.hashCode(), 2700), 2).setScale(2);
    }

    private static BigDecimal accessoryCost(String sku) {
        return BigDecimal.valueOf(150 + Math.floorMod(sku.hashCode(), 500), 2).setScale(2);
    }

    private static <T> T as(String user, String role, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null,
                AuthorityUtils.createAuthorityList("ROLE_" + role)));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
