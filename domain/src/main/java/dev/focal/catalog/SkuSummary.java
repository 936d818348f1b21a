package dev.focal.catalog;

import org.jspecify.annotations.Nullable;

/**
 * What other contexts keep about a SKU without asking the catalog again: its product, brand and name, the
 * description staff screens and labels show ("Luna, Black, 52□18-140", see {@link SkuFacts#description()}) and
 * its barcode. Carried by {@link ProductUpdated}.
 */
public record SkuSummary(String sku, ProductId productId, String brand, String productName, String description,
                         @Nullable String barcode) {

    static SkuSummary of(SkuFacts facts) {
        return new SkuSummary(facts.sku(), facts.productId(), facts.brand(), facts.name(), facts.description(),
                facts.variant().barcode());
    }
}
