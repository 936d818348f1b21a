package dev.focal.storefront.shell;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;

/**
 * One Bucket4j token bucket per key (an e-mail address or a client address): {@code capacity} attempts at once,
 * refilled evenly over {@code period}, so after a burst a key gets one attempt back every period/capacity (the
 * slowing "try again in a few minutes"). Buckets live in memory, bounded in number; a bucket not touched for a
 * whole period is full again anyway and is dropped. Its state is on the metrics endpoint as
 * {@code focal.throttle.keys}, {@code focal.throttle.exhausted} and {@code focal.throttle.rejected}, tagged with
 * the throttle's name (never with a key: e-mail and client addresses stay out of metrics).
 */
final class Throttle {

    private static final long MAX_KEYS = 100_000;

    private final int capacity;
    private final Duration period;
    private final Cache<String, Bucket> buckets;
    private final Counter rejected;

    Throttle(String name, int capacity, Duration period, MeterRegistry metrics) {
        this.capacity = capacity;
        this.period = period;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(period).maximumSize(MAX_KEYS).build();
        this.rejected = Counter.builder("focal.throttle.rejected").tag("throttle", name)
                .description("Attempts refused because the key's bucket was empty").register(metrics);
        Gauge.builder("focal.throttle.keys", buckets, Cache::estimatedSize).tag("throttle", name)
                .description("Keys (e-mail or client addresses) with a bucket in memory").register(metrics);
        Gauge.builder("focal.throttle.exhausted", this, Throttle::exhausted).tag("throttle", name)
                .description("Keys whose bucket is empty now").register(metrics);
    }

    /** Whether the key has an attempt left, without using it. */
    boolean allows(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        boolean allowed = bucket == null || bucket.getAvailableTokens() > 0;
        if (!allowed) {
            rejected.increment();
        }
        return allowed;
    }

    /** Uses one attempt of the key; false (and nothing used) when none is left. */
    boolean tryUse(String key) {
        boolean used = bucket(key).tryConsume(1);
        if (!used) {
            rejected.increment();
        }
        return used;
    }

    /** Uses one attempt of the key, whether or not one is left (a failure counts even when it comes late). */
    void use(String key) {
        bucket(key).tryConsume(1);
    }

    /** Gives the key all its attempts back. */
    void forget(String key) {
        buckets.invalidate(key);
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .build());
    }

    private double exhausted() {
        return buckets.asMap().values().stream().filter(bucket -> bucket.getAvailableTokens() < 1).count();
    }
}
