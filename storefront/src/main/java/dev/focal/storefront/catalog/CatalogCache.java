package dev.focal.storefront.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.focal.catalog.ProductUpdated;
import dev.focal.pricing.PricesChanged;
import dev.focal.pricing.PromotionsChanged;
import dev.focal.pricing.TaxRatesChanged;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The storefront's in-process cache of catalog reads (search results, product pages' data) and the
 * generation number that goes into every catalog page's ETag. Any catalog or price event empties the cache
 * and bumps the generation, so a changed product or price is never served stale, and browsers revalidate.
 * Entries also expire after ten minutes (price lists and promotions start and end by the clock).
 */
@Component
class CatalogCache {

    private final Cache<Object, Object> cache = Caffeine.newBuilder().maximumSize(5_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();
    private final AtomicLong generation = new AtomicLong(System.currentTimeMillis());

    @SuppressWarnings("unchecked")
    <K, V> V get(K key, Function<K, V> load) {
        return (V) cache.get(key, k -> load.apply((K) k));
    }

    long generation() {
        return generation.get() + System.currentTimeMillis() / Duration.ofMinutes(10).toMillis();
    }

    /** Clears everything; called after any catalog change commits. */
    void clear() {
        cache.invalidateAll();
        generation.incrementAndGet();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ProductUpdated event) {
        clear();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PricesChanged event) {
        clear();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PromotionsChanged event) {
        clear();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(TaxRatesChanged event) {
        clear();
    }
}
