package dev.focal.catalog;

import java.util.Set;

/**
 * catalog.product.updated: a product was created, changed, activated, archived or got new images. Carries
 * the SKUs it has now and had before, so listeners (search index, caches, inventory) need not ask.
 */
public record ProductUpdated(ProductId productId, String code, ProductStatus status, Set<String> skus) {

    public ProductUpdated {
        skus = Set.copyOf(skus);
    }
}
