package dev.focal.catalog;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A storefront search: optional words, an optional category, facet filters (values within a facet are
 * alternatives, facets combine), a sort and a page. Only active products are ever found.
 */
public record SearchQuery(@Nullable String text, @Nullable Category category, Map<Facet, Set<String>> filters,
                          Sort sort, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 96;

    public SearchQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 200) {
            throw new IllegalArgumentException("Search words are limited to 200 characters.");
        }
        var copy = new TreeMap<Facet, Set<String>>();
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        filters = java.util.Collections.unmodifiableMap(copy);
        if (page < 0) {
            throw new IllegalArgumentException("Pages are counted from 0.");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE_SIZE + " products.");
        }
    }

    public static SearchQuery of(@Nullable String text) {
        return new SearchQuery(text, null, Map.of(), Sort.RELEVANCE, 0, 24);
    }

    public Set<String> values(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    public enum Sort {
        RELEVANCE("Relevance"), PRICE_ASC("Price: low to high"), PRICE_DESC("Price: high to low"), NEWEST("Newest");

        private final String label;

        Sort(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The facets of the storefront, each with its URL parameter. */
    public enum Facet {
        BRAND("brand", "Brand"), SHAPE("shape", "Shape"), MATERIAL("material", "Material"),
        RIM("rim", "Rim"), COLOUR("colour", "Colour"), SIZE("size", "Size"), PRICE("price", "Price"),
        GENDER("gender", "For");

        private final String param;
        private final String label;

        Facet(String param, String label) {
            this.param = param;
            this.label = label;
        }

        public String param() {
            return param;
        }

        public String label() {
            return label;
        }
    }

    /** The price facet's buckets (web price, tax as the price list says): lower bound inclusive, upper exclusive. */
    public enum PriceBand {
        UNDER_100("under-100", "Under 100", null, new BigDecimal("100")),
        FROM_100_TO_150("100-150", "100 to 150", new BigDecimal("100"), new BigDecimal("150")),
        FROM_150_TO_200("150-200", "150 to 200", new BigDecimal("150"), new BigDecimal("200")),
        FROM_200("200-plus", "200 and more", new BigDecimal("200"), null);

        private final String key;
        private final String label;
        private final @Nullable BigDecimal from;
        private final @Nullable BigDecimal to;

        PriceBand(String key, String label, @Nullable BigDecimal from, @Nullable BigDecimal to) {
            this.key = key;
            this.label = label;
            this.from = from;
            this.to = to;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public @Nullable BigDecimal from() {
            return from;
        }

        public @Nullable BigDecimal to() {
            return to;
        }

        public static @Nullable PriceBand of(@Nullable BigDecimal price) {
            if (price == null) {
                return null;
            }
            for (PriceBand band : values()) {
                if ((band.from == null || price.compareTo(band.from) >= 0) && (band.to == null || price.compareTo(band.to) < 0)) {
                    return band;
                }
            }
            return null;
        }

        public static @Nullable PriceBand byKey(String key) {
            for (PriceBand band : values()) {
                if (band.key.equals(key)) {
                    return band;
                }
            }
            return null;
        }
    }
}
