package dev.focal.procurement;

import java.math.BigDecimal;
import java.time.Instant;

/** The moving-average cost of one unit of a SKU over all locations, in {@code currency}. */
public record SkuCost(String sku, BigDecimal averageCost, String currency, Instant updatedAt) {
}
