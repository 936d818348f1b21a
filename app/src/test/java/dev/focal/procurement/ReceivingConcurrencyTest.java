package dev.focal.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.inventory.StockFigures;
import dev.focal.procurement.ProcurementExceptions.InvalidPurchaseInput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Receivers racing for the last outstanding units of a line: the PO row lock lets only the tolerance through. */
@IntegrationTest
class ReceivingConcurrencyTest {

    @Autowired
    Receiving receiving;
    @Autowired
    PurchaseOrders orders;
    @Autowired
    Suppliers suppliers;
    @Autowired
    Inventory inventory;
    @Autowired
    SkuCosts costs;
    @Autowired
    Locations locations;
    @Autowired
    Catalog catalog;

    ExecutorService threads;
    Location here;

    @BeforeEach
    void setUp() {
        asUser("receiving-admin", "ADMIN");
        here = InventoryFixtures.newLocation(locations, "RC");
        threads = Executors.newFixedThreadPool(4);
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
        SecurityContextHolder.clearContext();
    }

    static void asUser(String name, String role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(name, null,
                AuthorityUtils.createAuthorityList("ROLE_" + role)));
    }

    @Test
    void two_receivers_of_the_last_units_at_once_cannot_both_exceed_the_tolerance() throws Exception {
        for (int round = 0; round < 5; round++) {
            String supplier = ProcurementFixtures.newSupplier(suppliers, "RACE", "0", 10);
            String sku = ProcurementFixtures.newItem(suppliers, catalog, supplier, "2.00");
            String other = ProcurementFixtures.newItem(suppliers, catalog, supplier, "2.00");
            // A second line keeps the PO open (partly received), so refusals come from the tolerance alone.
            String po = ProcurementFixtures.sentOrder(orders, supplier, here.code(),
                    List.of(PurchaseOrderLineDraft.of(sku, 10), PurchaseOrderLineDraft.of(other, 5)));
            receiving.receive(new ReceiptDraft(po, here.code(), null, List.of(ReceiptLineDraft.of(sku, 8))));

            // 10 ordered + 10 % = 11 allowed, 8 received: each 3 alone fits, both together would make 14.
            var ready = new CountDownLatch(4);
            var go = new CountDownLatch(1);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String receiver = "receiver-" + i;
                Callable<Boolean> attempt = () -> {
                    asUser(receiver, "WAREHOUSE");
                    ready.countDown();
                    if (!go.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the start signal never came");
                    }
                    try {
                        receiving.receive(new ReceiptDraft(po, here.code(), null, List.of(ReceiptLineDraft.of(sku, 3))));
                        return true;
                    } catch (InvalidPurchaseInput refused) {
                        assertThat(refused.field()).isEqualTo("lines[0].quantity");
                        return false;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                attempts.add(threads.submit(attempt));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("round %d: all receivers are ready", round).isTrue();
            go.countDown();
            int accepted = 0;
            for (var attempt : attempts) {
                accepted += attempt.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }

            assertThat(accepted).as("round %d", round).isEqualTo(1);
            PurchaseOrderDetails after = orders.get(po);
            assertThat(after.lines().getFirst().received()).isEqualTo(11);
            assertThat(after.status()).isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED);
            assertThat(after.lines().getFirst().status()).isEqualTo(PurchaseOrderLineStatus.RECEIVED);
            assertThat(receiving.receiptsOf(po)).hasSize(2);
            assertThat(inventory.stockOf(sku).stream().mapToInt(StockFigures::onHand).sum()).isEqualTo(11);
        }
    }

    @Test
    void receipts_of_one_sku_on_two_orders_at_once_both_count_in_the_average_cost() throws Exception {
        for (int round = 0; round < 5; round++) {
            String supplier = ProcurementFixtures.newSupplier(suppliers, "COST", "0", 0);
            String sku = ProcurementFixtures.newItem(suppliers, catalog, supplier, "10.00");
            String cheap = ProcurementFixtures.sentOrder(orders, supplier, here.code(),
                    List.of(new PurchaseOrderLineDraft(sku, 10, new java.math.BigDecimal("10.00"), null)));
            String dear = ProcurementFixtures.sentOrder(orders, supplier, here.code(),
                    List.of(new PurchaseOrderLineDraft(sku, 30, new java.math.BigDecimal("14.00"), null)));
            var go = new CountDownLatch(1);
            List<Future<?>> attempts = new ArrayList<>();
            for (var entry : List.of(java.util.Map.entry(cheap, 10), java.util.Map.entry(dear, 30))) {
                attempts.add(threads.submit(() -> {
                    asUser("receiver", "WAREHOUSE");
                    try {
                        if (!go.await(30, TimeUnit.SECONDS)) {
                            throw new IllegalStateException("the start signal never came");
                        }
                        return receiving.receive(new ReceiptDraft(entry.getKey(), here.code(), null,
                                List.of(ReceiptLineDraft.of(sku, entry.getValue()))));
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            go.countDown();
            for (var attempt : attempts) {
                attempt.get(60, TimeUnit.SECONDS);
            }

            // Whichever came first, the second saw its stock: (10 x 10 + 30 x 14) / 40 = 13.
            assertThat(costs.of(sku).orElseThrow().averageCost()).as("round %d", round).isEqualByComparingTo("13.0000");
        }
    }
}
