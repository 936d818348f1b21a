package dev.focal.bench;

import dev.focal.FocalApplication;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.Category;
import dev.focal.catalog.ProductDraft;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.LocationKind;
import dev.focal.inventory.Locations;
import dev.focal.inventory.Reservations;
import dev.focal.inventory.ReservationLine;
import dev.focal.inventory.ReservationRequest;
import dev.focal.inventory.StockReceipt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reservation throughput on one hot SKU: N clients reserve one unit each, over and over, through
 * {@link Reservations#reserve} (security, transaction, idempotency row, ledger movement, conditional update of
 * the stock row, reorder check, event). The baseline is the bare minimum a reservation must do: the same N
 * clients running {@code UPDATE ... SET available = available - 1 WHERE available >= 1} in autocommit on the
 * same database and pool. Phases alternate (baseline, reservations, baseline, ...) so both see the same machine
 * state; the result is the ratio of throughputs. Run with bench/inventory.sh; results go to docs/performance.md.
 *
 * <p>Arguments: [clients=16] [seconds per phase=10] [rounds=3]
 */
public final class ReservationBenchmark {

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String dataDir = "target/bench-inventory-" + UUID.randomUUID();
        // Command-line arguments, not builder properties: application.properties would override the latter
        // (and the benchmark would run on ./data with the default pool).
        ConfigurableApplicationContext context = new SpringApplicationBuilder(FocalApplication.class)
                .run("--focal.data-dir=" + dataDir, "--focal.demo=false", "--server.port=0", "--focal.rx.key=" + randomKey(),
                        "--focal.db.pool-size=" + (clients + 4), "--logging.level.root=WARN",
                        "--logging.level.dev.focal=WARN", "--jobrunr.background-job-server.enabled=false",
                        "--focal.db.embedded-durable=" + System.getProperty("focal.db.embedded-durable", "on"));
        try {
            run(context, clients, seconds, rounds);
        } finally {
            context.close();
        }
    }

    /** Outside demo mode the app needs a prescription key; the benchmark stores no prescriptions. */
    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    private static void run(ConfigurableApplicationContext context, int clients, int seconds, int rounds)
            throws Exception {
        asAdmin();
        var catalog = context.getBean(Catalog.class);
        var locations = context.getBean(Locations.class);
        var inventory = context.getBean(Inventory.class);
        var reservations = context.getBean(Reservations.class);
        var jdbc = JdbcClient.create(context.getBean(DataSource.class));

        System.out.println("synchronous_commit="
                + jdbc.sql("show synchronous_commit").query(String.class).single()
                + ", fsync=" + jdbc.sql("show fsync").query(String.class).single()
                + ", pool " + ((com.zaxxer.hikari.HikariDataSource) context.getBean(DataSource.class)).getMaximumPoolSize());
        String sku = "BENCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        catalog.create(new ProductDraft(Category.ACCESSORIES, sku, "Bench item", "Bench", "", "STANDARD", null, null,
                null, List.of()));
        String location = "B" + sku.substring(6, 12);
        locations.create(location, "Bench warehouse", LocationKind.WAREHOUSE);
        inventory.receive(new StockReceipt(sku, location, null, 100_000, null, null, "OPENING", "bench", null), null);
        jdbc.sql("create table if not exists bench_stock (id int primary key, available int not null check (available >= 0))")
                .update();
        jdbc.sql("insert into bench_stock values (1, 100000000) on conflict (id) do update set available = 100000000")
                .update();

        AtomicLong orders = new AtomicLong();
        String run = sku.substring(6);
        Phase bare = () -> jdbc.sql("update bench_stock set available = available - 1 where id = 1 and available >= 1")
                .update();
        Phase reserve = () -> reservations.reserve(new ReservationRequest("BENCH-" + run + "-" + orders.incrementAndGet(),
                List.of(new ReservationLine("1", sku, location, 1)), null));

        // Warm-up of both paths (JIT, pool, plans).
        measure(bare, clients, 3);
        measure(reserve, clients, 3);
        refill(jdbc, sku);

        List<double[]> rows = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            int availableBefore = jdbc.sql("select available from bench_stock where id = 1").query(Integer.class).single();
            Result b = measure(bare, clients, seconds);
            int availableAfter = jdbc.sql("select available from bench_stock where id = 1").query(Integer.class).single();
            int reservedBefore = jdbc.sql("select reserved from stock_level where sku = ?").param(sku).query(Integer.class).single();
            Result r = measure(reserve, clients, seconds);
            int reserved = jdbc.sql("select reserved from stock_level where sku = ?").param(sku).query(Integer.class).single()
                    - reservedBefore;
            // Both loops really did what they counted: every counted operation changed the hot row once.
            if (availableBefore - availableAfter != b.operations() || reserved != r.operations()) {
                throw new IllegalStateException("Counted " + b.operations() + " updates and " + r.operations()
                        + " reservations, but the rows changed by " + (availableBefore - availableAfter) + " and "
                        + reserved);
            }
            refill(jdbc, sku);
            rows.add(new double[] {b.perSecond(), r.perSecond(), r.perSecond() / b.perSecond(), b.p99Ms(), r.p99Ms()});
            System.out.printf(Locale.ROOT, "round %d: bare %.0f/s (p99 %.1f ms), reserve %.0f/s (p99 %.1f ms), ratio %.2f%n",
                    round, b.perSecond(), b.p99Ms(), r.perSecond(), r.p99Ms(), r.perSecond() / b.perSecond());
        }
        System.out.println();
        System.out.printf("Reservation throughput, one hot SKU, %d clients, %d s per phase, %d rounds%n%n", clients,
                seconds, rounds);
        System.out.println("| Round | Bare UPDATE loop | Reservations | Ratio | Bare p99 | Reserve p99 |");
        System.out.println("|---|---|---|---|---|---|");
        for (int i = 0; i < rows.size(); i++) {
            double[] row = rows.get(i);
            System.out.printf(Locale.ROOT, "| %d | %.0f/s | %.0f/s | %.2f | %.1f ms | %.1f ms |%n", i + 1, row[0], row[1],
                    row[2], row[3], row[4]);
        }
        double[] ratios = rows.stream().mapToDouble(r -> r[2]).sorted().toArray();
        System.out.printf(Locale.ROOT, "%nMedian ratio: %.2f (goal >= 0.5)%n", ratios[ratios.length / 2]);
    }

    /** Releases the benchmark's reservations in bulk so the hot row never runs dry between rounds. */
    private static void refill(JdbcClient jdbc, String sku) {
        // The ledger is insert-only; a refill is a receipt like any other would be, through plain SQL here only
        // because it is outside the measured phases and must not take long.
        jdbc.sql("""
                insert into stock_movement (occurred_at, sku, location_id, kind, quantity, reserved_delta, source_type,
                    source_ref, actor)
                select now(), sku, location_id, 'RECEIPT', reserved, 0, 'BENCH', 'refill', 'bench'
                from stock_level where sku = ? and reserved > 0""").param(sku).update();
        jdbc.sql("update stock_level set on_hand = on_hand + reserved where sku = ?").param(sku).update();
        jdbc.sql("""
                update stock_bin b set on_hand = b.on_hand + l.reserved from stock_level l
                where b.sku = l.sku and b.location_id = l.location_id and b.bin_id is null and b.sku = ?""")
                .param(sku).update();
    }

    @FunctionalInterface
    interface Phase {
        void once() throws Exception;
    }

    record Result(long operations, double seconds, long[] latenciesNanos) {
        double perSecond() {
            return operations / seconds;
        }

        double p99Ms() {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.99)] / 1e6;
        }
    }

    private static Result measure(Phase phase, int clients, int seconds) throws Exception {
        var stop = new AtomicBoolean();
        var go = new CountDownLatch(1);
        var done = new CountDownLatch(clients);
        var counts = new long[clients];
        var latencies = new ArrayList<long[]>();
        var failures = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            threads.add(Thread.ofPlatform().start(() -> {
                asAdmin();
                try {
                    go.await();
                    while (!stop.get()) {
                        long begin = System.nanoTime();
                        try {
                            phase.once();
                        } catch (Exception e) {
                            if (failures.incrementAndGet() == 1) {
                                e.printStackTrace();
                            }
                            continue;
                        }
                        if (counts[client] < mine.length) {
                            mine[(int) counts[client]] = System.nanoTime() - begin;
                        }
                        counts[client]++;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }));
        }
        long begin = System.nanoTime();
        go.countDown();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        done.await();
        double elapsed = (System.nanoTime() - begin) / 1e9;
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " operations failed during the benchmark");
        }
        long total = Arrays.stream(counts).sum();
        long[] all = new long[(int) Math.min(Integer.MAX_VALUE - 8, total)];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            int n = (int) Math.min(counts[c], latencies.get(c).length);
            System.arraycopy(latencies.get(c), 0, all, at, n);
            at += n;
        }
        return new Result(total, elapsed, Arrays.copyOf(all, at));
    }

    private static void asAdmin() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("bench", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }
}
