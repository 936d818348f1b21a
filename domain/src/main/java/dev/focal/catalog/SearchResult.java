package dev.focal.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A page of search hits, the total, and for every facet its values with counts. Counts of a facet are
 * computed with the other facets' filters applied but not its own, so choosing a brand still shows the other
 * brands one can switch to. {@code corrected} is set when no word matched and typo tolerance found the hits.
 */
public record SearchResult(long total, List<Hit> hits, Map<SearchQuery.Facet, List<FacetValue>> facets,
                           boolean corrected) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** One product found. */
    public record Hit(ProductId productId, String code, String slug, String name, String brand, Category category,
                      @Nullable BigDecimal fromPrice, List<String> colours, @Nullable String imageId) {

        public Hit {
            colours = List.copyOf(colours);
        }
    }

    /** A facet value and how many products it would show. */
    public record FacetValue(String value, String label, long count) {
    }
}
