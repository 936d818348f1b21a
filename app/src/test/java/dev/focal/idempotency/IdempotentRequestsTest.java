package dev.focal.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.IntegrationTest;
import dev.focal.idempotency.IdempotentOutcome.Executed;
import dev.focal.idempotency.IdempotentOutcome.Replayed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The mechanism on its own, on the test PostgreSQL: each piece of work writes a row into a probe table, so "done
 * once" and "nothing written" are counted in the database, and rolled back with the attempt that failed.
 */
@IntegrationTest
class IdempotentRequestsTest {

    @Autowired
    IdempotentRequests requests;
    @Autowired
    IdempotencyStore store;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    String scope;

    @BeforeEach
    void setUp() {
        jdbc.sql("create table if not exists idempotency_probe (scope varchar(120) not null, note varchar(100))")
                .update();
        scope = "test:" + UUID.randomUUID();
    }

    IdempotentRequest request(String key, String body) {
        return IdempotentRequest.of(scope, key, "POST /probe", body.getBytes(StandardCharsets.UTF_8));
    }

    /** Work that writes one probe row and answers 201 with {@code answer}. */
    Supplier<String> work(String answer) {
        return () -> {
            jdbc.sql("insert into idempotency_probe (scope, note) values (?, ?)").params(scope, answer).update();
            return answer;
        };
    }

    static Optional<StoredResponse> keep(String answer) {
        return Optional.of(new StoredResponse(201, Map.of("Location", "/probe/" + answer),
                answer.getBytes(StandardCharsets.UTF_8)));
    }

    int probes() {
        return jdbc.sql("select count(*) from idempotency_probe where scope = ?").param(scope).query(Integer.class)
                .single();
    }

    @Test
    void a_repeat_of_the_same_request_gets_the_stored_answer_and_runs_nothing() {
        var first = requests.once(request("k1", "{\"a\":1}"), work("first"), IdempotentRequestsTest::keep);
        var again = requests.once(request("k1", "{\"a\":1}"), work("second"), IdempotentRequestsTest::keep);

        assertThat(first).isEqualTo(new Executed<>("first"));
        assertThat(again).isEqualTo(new Replayed<>(keep("first").orElseThrow()));
        assertThat(probes()).isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_body_is_refused_and_runs_nothing() {
        requests.once(request("k1", "{\"a\":1}"), work("first"), IdempotentRequestsTest::keep);

        assertThatThrownBy(() -> requests.once(request("k1", "{\"a\":2}"), work("second"),
                IdempotentRequestsTest::keep)).isInstanceOf(IdempotencyKeyReused.class);
        assertThatThrownBy(() -> requests.once(IdempotentRequest.of(scope, "k1", "POST /elsewhere",
                "{\"a\":1}".getBytes(StandardCharsets.UTF_8)), work("third"), IdempotentRequestsTest::keep))
                .isInstanceOf(IdempotencyKeyReused.class);
        assertThat(probes()).isEqualTo(1);
    }

    @Test
    void the_same_key_of_two_scopes_is_two_requests() {
        String other = "test:" + UUID.randomUUID();
        requests.once(request("shared", "{}"), work("mine"), IdempotentRequestsTest::keep);
        var theirs = requests.once(IdempotentRequest.of(other, "shared", "POST /probe", "{}".getBytes()),
                work("theirs"), IdempotentRequestsTest::keep);

        assertThat(theirs).isEqualTo(new Executed<>("theirs"));
        assertThat(probes()).isEqualTo(2);
    }

    @Test
    void a_failed_attempt_writes_nothing_and_leaves_the_key_free() {
        assertThatThrownBy(() -> requests.once(request("k1", "{}"), () -> {
            work("half").get();
            throw new IllegalStateException("the work failed");
        }, IdempotentRequestsTest::keep)).hasMessage("the work failed");
        var refused = requests.once(request("k1", "{}"), work("refused"), answer -> Optional.empty());
        assertThat(refused).isEqualTo(new Executed<>("refused"));
        assertThat(probes()).as("both failed attempts rolled back").isZero();

        var retried = requests.once(request("k1", "{\"fixed\":true}"), work("retried"),
                IdempotentRequestsTest::keep);

        assertThat(retried).isEqualTo(new Executed<>("retried"));
        assertThat(probes()).isEqualTo(1);
    }

    @Test
    void a_concurrent_repeat_waits_for_the_first_and_gets_its_answer() throws Exception {
        var inWork = new CountDownLatch(1);
        var finish = new CountDownLatch(1);
        var runs = new AtomicInteger();
        Supplier<String> slow = () -> {
            runs.incrementAndGet();
            String answer = work("slow").get();
            inWork.countDown();
            await(finish);
            return answer;
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<IdempotentOutcome<String>> first = threads.submit(() ->
                    requests.once(request("k1", "{}"), slow, IdempotentRequestsTest::keep));
            assertThat(inWork.await(20, TimeUnit.SECONDS)).as("the first attempt is inside its work").isTrue();
            Future<IdempotentOutcome<String>> second = threads.submit(() ->
                    requests.once(request("k1", "{}"), slow, IdempotentRequestsTest::keep));
            waitUntilSomeoneWaitsForALock();
            assertThat(second).isNotDone();

            finish.countDown();

            assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo(new Executed<>("slow"));
            assertThat(second.get(20, TimeUnit.SECONDS)).isEqualTo(new Replayed<>(keep("slow").orElseThrow()));
            assertThat(runs).hasValue(1);
            assertThat(probes()).isEqualTo(1);
        } finally {
            finish.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void a_repeat_that_waits_too_long_is_told_the_first_still_runs() throws Exception {
        var impatient = new IdempotentRequests(store, transactions, clock, Duration.ofHours(24),
                Duration.ofMillis(300));
        var inWork = new CountDownLatch(1);
        var finish = new CountDownLatch(1);
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            Future<IdempotentOutcome<String>> first = threads.submit(() -> requests.once(request("k1", "{}"), () -> {
                inWork.countDown();
                await(finish);
                return work("slow").get();
            }, IdempotentRequestsTest::keep));
            assertThat(inWork.await(20, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> impatient.once(request("k1", "{}"), work("impatient"),
                    IdempotentRequestsTest::keep)).isInstanceOf(IdempotencyKeyBusy.class);

            finish.countDown();
            assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo(new Executed<>("slow"));
            assertThat(probes()).isEqualTo(1);
        } finally {
            finish.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void a_key_past_its_retention_is_a_new_request_and_is_swept() {
        requests.once(request("old", "{}"), work("first"), IdempotentRequestsTest::keep);
        var later = new IdempotentRequests(store, transactions, Clock.offset(clock, Duration.ofHours(25)),
                Duration.ofHours(24), Duration.ofSeconds(5));

        var again = later.once(request("old", "{\"other\":true}"), work("again"), IdempotentRequestsTest::keep);
        requests.once(request("swept", "{}"), work("swept"), IdempotentRequestsTest::keep);
        var muchLater = new IdempotentRequests(store, transactions, Clock.offset(clock, Duration.ofHours(50)),
                Duration.ofHours(24), Duration.ofSeconds(5));
        muchLater.expire();

        assertThat(again).isEqualTo(new Executed<>("again"));
        assertThat(probes()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from idempotency_key where scope = ?").param(scope)
                .query(Integer.class).single()).isZero();
    }

    void waitUntilSomeoneWaitsForALock() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            int waiting = jdbc.sql("""
                    select count(*) from pg_stat_activity
                    where wait_event_type = 'Lock' and query like '%insert into idempotency_key%'""")
                    .query(Integer.class).single();
            if (waiting > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The second attempt never waited for the key");
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test did not let the work finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
