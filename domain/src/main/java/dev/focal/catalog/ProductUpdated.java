package dev.focal.catalog;

import java.util.List;
import java.util.Set;

/**
 * catalog.product.updated: a product was created, changed, activated, archived or got new images. Carries
 * the SKUs it has now and had before ({@code skus}), and a summary of each SKU it has now ({@code current}), so
 * listeners (search index, caches, inventory's SKU read model) need not ask. A SKU in {@code skus} without a
 * summary in {@code current} was removed from the product.
 */
public record ProductUpdated(ProductId productId, String code, ProductStatus status, Set<String> skus,
                             List<SkuSummary> current) {

    public ProductUpdated {
        skus = Set.copyOf(skus);
        // Publications stored before the summaries existed come back without them.
        current = current == null ? List.of() : List.copyOf(current);
    }
}
