package dev.focal.catalog;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A backoffice grid's filter: free text over code, name, brand, SKU and barcode; categories; status. */
public record ProductFilter(@Nullable String text, Set<Category> categories, @Nullable ProductStatus status) {

    public ProductFilter {
        categories = Set.copyOf(categories);
    }

    public static ProductFilter all() {
        return new ProductFilter(null, Set.of(), null);
    }
}
