package dev.focal.bench;

import dev.focal.FocalApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.server.JobActivator;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.StorageProviderUtils.DatabaseOptions;
import org.jobrunr.storage.sql.postgres.PostgresStorageProvider;
import org.jobrunr.utils.mapper.JsonMapper;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Background-job throughput through the real JobRunr on the app's PostgreSQL (embedded, or {@code FOCAL_DB_URL}):
 * how fast small jobs are enqueued (one call per job, and JobRunr's stream enqueue that saves them in batches),
 * and how fast they are processed, counted from the first enqueue to the last job in state SUCCEEDED, with the
 * app's configured worker count, with more workers, and with two background job servers on one database. The
 * job itself only counts its execution per job number, so every job must run exactly once in each phase.
 *
 * <p>The app starts with its own background job server off; the benchmark starts {@link BackgroundJobServer}s
 * itself, with the app's JSON mapper and poll interval, and the app's job activator extended by the benchmark's
 * own job class. The second "node" is a second server in
 * the same JVM with its own {@link PostgresStorageProvider} on the same connection pool: it competes for the same
 * rows exactly as a second process would, but shares the CPU and pool with the first. The baseline, run side by
 * side on the same database, pool and worker count, is a bare {@code FOR UPDATE SKIP LOCKED} queue table; the
 * result is the ratio of JobRunr's processing rate to the baseline's. Run with bench/jobs.sh;
 * results go to docs/performance.md ("Background jobs through JobRunr").
 *
 * <p>Arguments: [jobs=50000] [more workers=16]
 */
public final class JobBenchmark {

    /** The phase whose jobs are being counted; jobs of another phase count as strays. */
    private static volatile int currentPhase;
    private static volatile AtomicIntegerArray executions = new AtomicIntegerArray(0);
    private static final AtomicLong executed = new AtomicLong();
    private static final AtomicLong strays = new AtomicLong();

    private JobBenchmark() {
    }

    /** The job. Public because JobRunr runs it by reflection; the benchmark's job activator makes its instances. */
    public static final class Work {

        public Work() {
        }

        /** Counts one execution of job {@code number} of phase {@code phase}. */
        public static void run(int phase, int number) {
            if (phase != currentPhase) {
                strays.incrementAndGet();
                return;
            }
            executions.incrementAndGet(number);
            executed.incrementAndGet();
        }
    }

    public static void main(String[] args) throws Exception {
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int moreWorkers = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        String dataDir = "target/bench-jobs-" + UUID.randomUUID();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(FocalApplication.class)
                .run("--focal.data-dir=" + dataDir, "--focal.demo=false", "--server.port=0", "--focal.rx.key=" + randomKey(),
                        "--focal.db.pool-size=" + (2 * moreWorkers + 10), "--logging.level.root=WARN",
                        "--logging.level.dev.focal=WARN", "--jobrunr.background-job-server.enabled=false",
                        "--focal.db.embedded-durable=" + System.getProperty("focal.db.embedded-durable", "on"));
        try {
            new JobBenchmark.Run(context, jobs, moreWorkers).all();
        } finally {
            context.close();
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    private static final String SIGNATURE = Work.class.getName() + ".run%";

    private static final class Run {
        private final int jobs;
        private final int moreWorkers;
        private final int configuredWorkers;
        private final int pollSeconds;
        private final JobScheduler scheduler;
        private final StorageProvider storage;
        private final JsonMapper jsonMapper;
        private final JobActivator activator;
        private final DataSource dataSource;
        private final JdbcClient jdbc;
        private final List<String> rows = new ArrayList<>();
        private int phase;

        Run(ConfigurableApplicationContext context, int jobs, int moreWorkers) {
            this.jobs = jobs;
            this.moreWorkers = moreWorkers;
            var environment = context.getEnvironment();
            this.configuredWorkers = environment.getProperty("jobrunr.background-job-server.worker-count", Integer.class,
                    Runtime.getRuntime().availableProcessors() * 8);
            this.pollSeconds = environment.getProperty("jobrunr.background-job-server.poll-interval-in-seconds",
                    Integer.class, 15);
            this.scheduler = context.getBean(JobScheduler.class);
            this.storage = context.getBean(StorageProvider.class);
            this.jsonMapper = context.getBean(JsonMapper.class);
            JobActivator app = context.getBean(JobActivator.class);
            // Spring's activator only knows beans; the benchmark's job is not one.
            this.activator = new JobActivator() {
                @Override
                @SuppressWarnings("unchecked")
                public <T> T activateJob(Class<T> type) {
                    return type == Work.class ? (T) new Work() : app.activateJob(type);
                }
            };
            this.dataSource = context.getBean(DataSource.class);
            this.jdbc = JdbcClient.create(dataSource);
        }

        void all() throws Exception {
            System.out.printf(Locale.ROOT, "%d jobs, %d cores, configured workers %d, poll interval %d s, pool %d, "
                    + "synchronous_commit=%s%n", jobs, Runtime.getRuntime().availableProcessors(), configuredWorkers,
                    pollSeconds, ((com.zaxxer.hikari.HikariDataSource) dataSource).getMaximumPoolSize(),
                    jdbc.sql("show synchronous_commit").query(String.class).single());
            // Warm-up: JobRunr's lambda analysis, JIT, pool, plans.
            enqueueOnly(Math.min(jobs, 2_000), false, false);
            enqueueOnly(Math.min(jobs, 2_000), true, false);
            process(Math.min(jobs, 2_000), 1, configuredWorkers, false);

            enqueueOnly(jobs, false, true);
            enqueueOnly(jobs, true, true);
            bareQueue(Math.min(jobs, 2_000), configuredWorkers, false);
            double bare = bareQueue(jobs, configuredWorkers, true);
            double jobRunr = process(jobs, 1, configuredWorkers, true);
            process(jobs, 1, moreWorkers, true);
            process(jobs, 2, configuredWorkers, true);

            System.out.println();
            System.out.printf("Background jobs through JobRunr, %d jobs per phase%n%n", jobs);
            System.out.println("| Phase | Nodes x workers | Jobs | Seconds | Jobs/s | Ran once |");
            System.out.println("|---|---|---|---|---|---|");
            rows.forEach(System.out::println);
            System.out.printf(Locale.ROOT, "%nJobRunr / bare queue, %d workers: %.2f%n", configuredWorkers, jobRunr / bare);
            if (strays.get() > 0) {
                throw new IllegalStateException(strays.get() + " jobs of an earlier phase ran late");
            }
        }

        /** Enqueues without a server running, then deletes the jobs again. */
        private void enqueueOnly(int n, boolean stream, boolean record) {
            startPhase(n);
            int p = phase;
            long begin = System.nanoTime();
            enqueue(n, stream, p);
            double seconds = (System.nanoTime() - begin) / 1e9;
            long stored = jdbc.sql("select count(*) from jobrunr_jobs where state = 'ENQUEUED' and jobsignature like ?")
                    .param(SIGNATURE).query(Long.class).single();
            if (stored != n) {
                throw new IllegalStateException("enqueued " + n + " jobs, but " + stored + " are stored");
            }
            deleteBenchJobs();
            report(record, stream ? "JobRunr: enqueue, stream (batches)" : "JobRunr: enqueue, one call per job", "-", n, seconds, "-");
        }

        private void enqueue(int n, boolean stream, int p) {
            if (stream) {
                scheduler.enqueue(IntStream.range(0, n).boxed(), number -> Work.run(p, number));
            } else {
                for (int i = 0; i < n; i++) {
                    int number = i;
                    scheduler.enqueue(() -> Work.run(p, number));
                }
            }
        }

        /**
         * The baseline: the least a job queue on PostgreSQL must do per job, on the same database and pool with the
         * same number of worker threads. Jobs are rows inserted in batches of 1,000; each worker claims the oldest
         * with {@code FOR UPDATE SKIP LOCKED} (state PROCESSING, one autocommit statement), runs the same job
         * method, and marks it SUCCEEDED (a second statement). No polling interval, no JSON, no state history.
         */
        private double bareQueue(int n, int workers, boolean record) throws Exception {
            startPhase(n);
            int p = phase;
            jdbc.sql("drop table if exists bench_queue").update();
            jdbc.sql("create table bench_queue (id bigserial primary key, number int not null, state text not null)")
                    .update();
            jdbc.sql("create index on bench_queue (id) where state = 'ENQUEUED'").update();
            var done = new AtomicLong();
            var failure = new java.util.concurrent.atomic.AtomicReference<Exception>();
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    while (done.get() < n && failure.get() == null) {
                        try {
                            List<long[]> claimed = jdbc.sql("""
                                    update bench_queue set state = 'PROCESSING' where id = (select id from bench_queue
                                    where state = 'ENQUEUED' order by id limit 1 for update skip locked)
                                    returning id, number""").query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                                    .list();
                            if (claimed.isEmpty()) {
                                Thread.sleep(1);
                                continue;
                            }
                            Work.run(p, (int) claimed.getFirst()[1]);
                            jdbc.sql("update bench_queue set state = 'SUCCEEDED' where id = ?")
                                    .param(claimed.getFirst()[0]).update();
                            done.incrementAndGet();
                        } catch (Exception e) {
                            failure.compareAndSet(null, e);
                        }
                    }
                }));
            }
            long begin = System.nanoTime();
            for (int from = 0; from < n; from += 1_000) {
                int to = Math.min(n, from + 1_000);
                jdbc.sql("insert into bench_queue (number, state) select g, 'ENQUEUED' from generate_series(?, ?) g")
                        .params(from, to - 1).update();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            if (failure.get() != null) {
                throw failure.get();
            }
            long succeeded = jdbc.sql("select count(*) from bench_queue where state = 'SUCCEEDED'").query(Long.class)
                    .single();
            if (succeeded != n) {
                throw new IllegalStateException(succeeded + " of " + n + " bare jobs SUCCEEDED");
            }
            String once = ranOnce(n);
            jdbc.sql("drop table bench_queue").update();
            report(record, "Baseline: bare SKIP LOCKED queue", "1 x " + workers, n, seconds, once);
            return n / seconds;
        }

        /** Starts the servers, enqueues through the stream API and waits until every job is SUCCEEDED. */
        private double process(int n, int nodes, int workers, boolean record) throws Exception {
            startPhase(n);
            int p = phase;
            List<BackgroundJobServer> servers = new ArrayList<>();
            for (int node = 0; node < nodes; node++) {
                StorageProvider nodeStorage = storage;
                if (node > 0) {
                    nodeStorage = new PostgresStorageProvider(dataSource, DatabaseOptions.SKIP_CREATE);
                    nodeStorage.setJobMapper(new JobMapper(jsonMapper));
                }
                var server = new BackgroundJobServer(nodeStorage, jsonMapper, activator,
                        BackgroundJobServerConfiguration.usingStandardBackgroundJobServerConfiguration()
                                .andName("bench-node-" + (node + 1)).andWorkerCount(workers)
                                .andPollIntervalInSeconds(pollSeconds)
                                .andInterruptJobsAwaitDurationOnStopBackgroundJobServer(Duration.ofSeconds(2)));
                server.start();
                servers.add(server);
            }
            try {
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (servers.stream().anyMatch(s -> !s.getServerStatus().isRunning())) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("background job servers did not start");
                    }
                    Thread.sleep(50);
                }
                long begin = System.nanoTime();
                enqueue(n, true, p);
                waitForSucceeded(n);
                double seconds = (System.nanoTime() - begin) / 1e9;
                String once = ranOnce(n);
                report(record, "JobRunr: enqueue and process", nodes + " x " + workers, n, seconds, once);
                return n / seconds;
            } finally {
                servers.forEach(BackgroundJobServer::stop);
                deleteBenchJobs();
            }
        }

        private void waitForSucceeded(int n) throws InterruptedException {
            long last = -1;
            long lastProgress = System.nanoTime();
            while (true) {
                long succeeded = jdbc.sql("select count(*) from jobrunr_jobs where state = 'SUCCEEDED' and jobsignature like ?")
                        .param(SIGNATURE).query(Long.class).single();
                if (succeeded >= n) {
                    return;
                }
                if (succeeded != last) {
                    last = succeeded;
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > Duration.ofSeconds(60).toNanos()) {
                    throw new IllegalStateException("no progress for 60 s at " + succeeded + " of " + n + " jobs");
                }
                Thread.sleep(100);
            }
        }

        /** Every job number ran exactly once: none lost, none twice. */
        private String ranOnce(int n) {
            int missing = 0;
            int twice = 0;
            for (int i = 0; i < n; i++) {
                int count = executions.get(i);
                if (count == 0) {
                    missing++;
                } else if (count > 1) {
                    twice++;
                }
            }
            if (missing > 0 || twice > 0 || executed.get() != n) {
                throw new IllegalStateException(missing + " jobs never ran, " + twice + " ran more than once, "
                        + executed.get() + " executions for " + n + " jobs");
            }
            return "yes (" + n + " executions)";
        }

        private void startPhase(int n) {
            phase++;
            executions = new AtomicIntegerArray(n);
            executed.set(0);
            currentPhase = phase;
        }

        private void deleteBenchJobs() {
            jdbc.sql("delete from jobrunr_jobs where jobsignature like ?").param(SIGNATURE)
                    .update();
        }

        private void report(boolean record, String what, String topology, int n, double seconds, String once) {
            System.out.printf(Locale.ROOT, "%s%s, %s: %d jobs in %.1f s = %.0f jobs/s, ran once: %s%n",
                    record ? "" : "warm-up: ", what, topology, n, seconds, n / seconds, once);
            if (record) {
                rows.add(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.0f | %s |", what, topology, n, seconds,
                        n / seconds, once));
            }
        }
    }
}
