package dev.focal.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.inventory.InventoryExceptions.InsufficientStock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Many checkouts reserve the same SKU at the same moment, each in its own thread and transaction, released
 * together by a barrier: one thread per attempt, far more threads than cores, so a check-then-act reservation
 * (read what is available, then write) would oversell. Exactly the available stock is reserved, and nobody is
 * refused while stock remains. The random test prints its seed; rerun it with {@code -Dfocal.test.seed=...}.
 */
@IntegrationTest
class ReservationConcurrencyTest {

    @Autowired
    Inventory inventory;
    @Autowired
    Reservations reservations;
    @Autowired
    Locations locations;
    @Autowired
    Catalog catalog;
    @Autowired
    LedgerCheck ledgerCheck;
    @Autowired
    JdbcClient jdbc;

    Location here;

    @BeforeEach
    void setUp() {
        asAdmin();
        here = InventoryFixtures.newLocation(locations, "C");
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    static void asAdmin() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("stock-admin", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    String stocked(int units) {
        String sku = InventoryFixtures.newSku(catalog, "RC");
        if (units > 0) {
            inventory.receive(new StockReceipt(sku, here.code(), "A-01-01", units, null, null, "OPENING", "test",
                    null), null);
        }
        return sku;
    }

    /** One attempt's outcome: reserved, or refused as short. Anything else fails the test. */
    record Outcome(int quantity, boolean reserved) {
    }

    /** Every attempt in its own thread; all wait at one barrier, so they start together. */
    List<Outcome> race(String sku, int[] quantities) throws Exception {
        var start = new CyclicBarrier(quantities.length);
        List<Future<Outcome>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(quantities.length)) {
            for (int i = 0; i < quantities.length; i++) {
                int quantity = quantities[i];
                String order = "RACE-" + sku + "-" + i;
                Callable<Outcome> attempt = () -> {
                    start.await(60, TimeUnit.SECONDS);
                    try {
                        reservations.reserve(new ReservationRequest(order,
                                List.of(new ReservationLine("1", sku, here.code(), quantity)), null));
                        return new Outcome(quantity, true);
                    } catch (InsufficientStock refused) {
                        return new Outcome(quantity, false);
                    }
                };
                futures.add(threads.submit(attempt));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (var future : futures) {
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        }
    }

    @Test
    void two_hundred_attempts_for_fifty_units_reserve_exactly_fifty() throws Exception {
        assertThat(200).as("more attempts at once than cores").isGreaterThan(Runtime.getRuntime().availableProcessors());
        String sku = stocked(50);
        int[] ones = new int[200];
        java.util.Arrays.fill(ones, 1);

        List<Outcome> outcomes = race(sku, ones);

        assertThat(outcomes.stream().filter(Outcome::reserved).count()).isEqualTo(50);
        StockFigures after = inventory.stockOf(sku).getFirst();
        assertThat(after.reserved()).isEqualTo(50);
        assertThat(after.available()).isZero();
        assertThat(jdbc.sql("select count(*) from stock_reservation where sku = ? and status = 'ACTIVE'").param(sku)
                .query(Integer.class).single()).isEqualTo(50);
        assertThat(ledgerCheck.check()).noneMatch(p -> p.startsWith(sku));
    }

    @Test
    void random_stock_and_quantities_never_oversell_and_never_refuse_while_stock_remains() throws Exception {
        long seed = Long.getLong("focal.test.seed", System.nanoTime());
        System.out.println("reservation race seed: " + seed + " (rerun with -Dfocal.test.seed=" + seed + ")");
        var random = new Random(seed);
        for (int round = 0; round < 6; round++) {
            int stock = random.nextInt(120);
            String sku = stocked(stock);
            int[] quantities = random.ints(200, 1, 4).toArray();

            List<Outcome> outcomes = race(sku, quantities);

            int reserved = outcomes.stream().filter(Outcome::reserved).mapToInt(Outcome::quantity).sum();
            int available = stock - reserved;
            String context = "seed %d, round %d with %d in stock".formatted(seed, round, stock);
            assertThat(reserved).as(context).isLessThanOrEqualTo(stock);
            assertThat(inventory.stockOf(sku).stream().mapToInt(StockFigures::reserved).sum()).as(context)
                    .isEqualTo(reserved);
            // Stock only went down during the race, so a refusal was false if the quantity still fits now.
            assertThat(outcomes).filteredOn(o -> !o.reserved())
                    .allSatisfy(o -> assertThat(o.quantity()).as("%s: refused while %d remain", context, available)
                            .isGreaterThan(available));
        }
    }
}
