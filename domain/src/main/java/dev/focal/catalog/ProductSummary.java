package dev.focal.catalog;

import java.time.Instant;

/** A product in a backoffice grid. */
public record ProductSummary(ProductId id, String code, String name, String brand, Category category,
                             ProductStatus status, int variantCount, Instant updatedAt) {
}
