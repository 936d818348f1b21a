package dev.focal.catalog;

import java.time.Instant;

/** An active product's page for sitemap.xml. */
public record SitemapEntry(String slug, Category category, Instant updatedAt) {
}
