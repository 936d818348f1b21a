package dev.focal.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.IntegrationTest;
import dev.focal.pricing.PricingExceptions.CouponRefused;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Two orders redeem a coupon at the same moment, each in its own thread and transaction. The coupon's row
 * lock makes the second wait for the first, so limits hold and a repeated order reference counts once.
 */
@IntegrationTest
class CouponRedemptionConcurrencyTest {

    static final int ROUNDS = 5;

    @Autowired
    Coupons coupons;
    @Autowired
    JdbcClient jdbc;

    ExecutorService threads;

    @BeforeEach
    void startThreads() {
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Runs both at once (released together by a latch); each result is the redemption or the refusal. */
    List<Object> together(Callable<CouponRedemption> first, Callable<CouponRedemption> second) throws Exception {
        var ready = new CountDownLatch(2);
        var go = new CountDownLatch(1);
        var results = new ArrayList<Future<Object>>();
        for (var call : List.of(first, second)) {
            results.add(threads.submit(() -> {
                ready.countDown();
                if (!go.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the start signal never came");
                }
                try {
                    return call.call();
                } catch (CouponRefused refused) {
                    return refused;
                }
            }));
        }
        assertThat(ready.await(20, TimeUnit.SECONDS)).as("both redemptions are ready to start").isTrue();
        go.countDown();
        var outcomes = new ArrayList<Object>();
        for (var result : results) {
            outcomes.add(result.get(20, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    int timesRedeemed(String code) {
        return jdbc.sql("select times_redeemed from coupon where code = ?").param(code).query(Integer.class).single();
    }

    int redemptionRows(String code) {
        return jdbc.sql("select count(*) from coupon_redemption where code = ?").param(code).query(Integer.class).single();
    }

    @Test
    @WithMockUser(username = "pricer", roles = "ADMIN")
    void two_orders_racing_for_the_last_use_get_it_once() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String code = unique("LAST");
            coupons.create(new CouponDraft(code, "one use", 1, null, null));

            var outcomes = together(() -> coupons.redeem(code, "anna", unique("order")),
                    () -> coupons.redeem(code, "ben", unique("order")));

            assertThat(outcomes).filteredOn(CouponRedemption.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(CouponRefused.class::isInstance).singleElement()
                    .satisfies(refused -> assertThat(((CouponRefused) refused).getMessage())
                            .isEqualTo("Coupon " + code + " cannot be used: it has been used up."));
            assertThat(timesRedeemed(code)).isEqualTo(1);
            assertThat(redemptionRows(code)).isEqualTo(1);
        }
    }

    @Test
    @WithMockUser(username = "pricer", roles = "ADMIN")
    void one_customer_racing_two_orders_gets_the_per_customer_limit_once() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String code = unique("ONCE");
            coupons.create(new CouponDraft(code, "once per customer", 100, 1, null));

            var outcomes = together(() -> coupons.redeem(code, "carla", unique("order")),
                    () -> coupons.redeem(code, "carla", unique("order")));

            assertThat(outcomes).filteredOn(CouponRedemption.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(CouponRefused.class::isInstance).hasSize(1);
            assertThat(timesRedeemed(code)).isEqualTo(1);
        }
    }

    @Test
    @WithMockUser(username = "pricer", roles = "ADMIN")
    void the_same_order_redeeming_twice_at_once_counts_once() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String code = unique("SAME");
            coupons.create(new CouponDraft(code, "", 10, null, null));
            String order = unique("order");

            var outcomes = together(() -> coupons.redeem(code, "dan", order), () -> coupons.redeem(code, "dan", order));

            assertThat(outcomes).allMatch(CouponRedemption.class::isInstance);
            assertThat(outcomes).extracting(o -> ((CouponRedemption) o).repeated()).containsExactlyInAnyOrder(false, true);
            assertThat(timesRedeemed(code)).isEqualTo(1);
            assertThat(redemptionRows(code)).isEqualTo(1);
        }
    }
}
