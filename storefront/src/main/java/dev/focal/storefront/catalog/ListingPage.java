package dev.focal.storefront.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A category page or search results: products, facets, sorting and pages, all as links so crawlers and
 * visitors without JavaScript see every combination.
 */
public record ListingPage(String title, String heading, @Nullable String intro, String canonical, String action,
                          @Nullable String query, long total, List<ProductCard> cards, List<FacetBlock> facets,
                          List<PageLink> sorts, List<PageLink> pages, @Nullable String previous, @Nullable String next,
                          @Nullable String clearFilters, boolean corrected, boolean noindex) {
}
