package dev.focal.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What search knows of a product: the words it is found by and the values it is filtered by. The catalog
 * writes one per product on every change; every {@link CatalogSearch} backend indexes exactly this.
 * {@code fromPrice} is the lowest web price of its active SKUs (null when it has none yet).
 */
public record SearchDocument(ProductId productId, String code, String slug, Category category, boolean active,
                             String name, String brand, String description, @Nullable String shape,
                             @Nullable String material, @Nullable String rimType, @Nullable String gender,
                             List<String> colours, List<String> sizeClasses, List<String> skus,
                             @Nullable BigDecimal fromPrice, @Nullable String imageId, Instant createdAt) {

    public SearchDocument {
        colours = List.copyOf(colours);
        sizeClasses = List.copyOf(sizeClasses);
        skus = List.copyOf(skus);
    }
}
