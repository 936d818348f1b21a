package dev.focal.pricing;

import java.util.Set;

/**
 * Prices of a price list were written: item prices of {@code skus}, lens or coating prices of
 * {@code lensProducts} (lens product codes). Published in the writing transaction, so caches of the
 * storefront and the search index's price facets can be refreshed after it commits.
 */
public record PricesChanged(String priceListCode, Channel channel, Set<String> skus, Set<String> lensProducts) {

    public PricesChanged {
        skus = Set.copyOf(skus);
        lensProducts = Set.copyOf(lensProducts);
    }
}
