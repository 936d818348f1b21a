package dev.focal.catalog;

/** Only active products reach the storefront, search and public API; archived ones stay for history. */
public enum ProductStatus {
    DRAFT,
    ACTIVE,
    ARCHIVED
}
