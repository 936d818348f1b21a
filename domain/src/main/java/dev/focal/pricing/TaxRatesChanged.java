package dev.focal.pricing;

/**
 * A tax rate of a region was set or removed. Published in the writing transaction, so caches of prices shown
 * with tax (the storefront's) can be dropped after it commits.
 */
public record TaxRatesChanged(String taxClass, String region) {
}
