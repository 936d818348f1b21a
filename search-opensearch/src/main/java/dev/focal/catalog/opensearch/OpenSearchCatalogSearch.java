package dev.focal.catalog.opensearch;

import dev.focal.catalog.CatalogSearch;
import dev.focal.catalog.Category;
import dev.focal.catalog.FacetLabels;
import dev.focal.catalog.ProductId;
import dev.focal.catalog.SearchQuery;
import dev.focal.catalog.SearchQuery.Facet;
import dev.focal.catalog.SearchQuery.PriceBand;
import dev.focal.catalog.SearchResult;
import dev.focal.catalog.SearchResult.FacetValue;
import dev.focal.catalog.SearchResult.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The {@link CatalogSearch} port answered by OpenSearch, with the semantics of the PostgreSQL search
 * (dev.focal.catalog.PostgresCatalogSearch), which the parity suite holds it to:
 * <ul>
 *   <li>each word (split at anything but letters and digits, at most ten, English stop words dropped) must
 *   match as a stemmed prefix; a match scores 1.0 per occurrence in name, brand or code, 0.4 in the style
 *   words, 0.2 in the description and SKUs, as {@code ts_rank_cd} weighs A, B and C; several words add up their
 *   scores, as the PostgreSQL search sums one {@code ts_rank_cd} per word;</li>
 *   <li>when no product matches and the words match no active product anywhere (so they are no brand or
 *   style filtered away), pg_trgm's word similarity of the whole text to the product's words decides
 *   (at least 0.5), computed by the same algorithm in Painless, and the result is marked corrected;</li>
 *   <li>facet counts apply every filter but the facet's own; ties are broken by name, then product ID.</li>
 * </ul>
 */
public class OpenSearchCatalogSearch implements CatalogSearch {

    static final float TYPO_THRESHOLD = 0.5f;
    private static final int MAX_WORDS = 10;
    private static final int FACET_SIZE = 1000;
    private static final String[] HIT_FIELDS = {"productId", "code", "slug", "name", "brand", "category",
            "fromPrice", "colours", "imageId"};

    private final OpenSearchClient client;

    public OpenSearchCatalogSearch(OpenSearchClient client) {
        this.client = client;
    }

    @Override
    public String backend() {
        return "opensearch";
    }

    @Override
    @PreAuthorize("permitAll()")
    public SearchResult search(SearchQuery query) {
        try {
            if (query.text() == null) {
                return run(query, null, false);
            }
            List<String> tokens = tokens(query.text());
            if (tokens.isEmpty()) {
                return run(query, typo(query.text()), false);
            }
            List<String> words = tokens.stream().filter(t -> !ProductIndex.STOPWORDS.contains(t)).toList();
            if (!words.isEmpty()) {
                SearchResult found = run(query, words(words), false);
                if (found.total() > 0 || matchesAnyActive(words(words))) {
                    // words that name products outside the filters are no typo: nothing found is the answer
                    return found;
                }
            }
            SearchResult typos = run(query, typo(query.text()), true);
            return typos.total() > 0 ? typos : new SearchResult(0, List.of(), typos.facets(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch did not answer the search", e);
        }
    }

    /** Whether the words match some active product in any category, whatever the filters. */
    private boolean matchesAnyActive(Query words) throws IOException {
        var active = Query.of(q -> q.term(t -> t.field("active").value(FieldValue.of(true))));
        return client.count(c -> c.index(ProductIndex.ALIAS)
                .query(q -> q.bool(b -> b.filter(active).must(words)))).count() > 0;
    }

    /** Words as the PostgreSQL search splits them, lower case, at most ten. */
    static List<String> tokens(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(t -> !t.isEmpty())
                .limit(MAX_WORDS).toList();
    }

    private static Query words(List<String> words) {
        var must = new ArrayList<Query>();
        for (String word : words) {
            must.add(Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                    .should(s -> s.match(m -> m.field("textA").query(FieldValue.of(word)).boost(1.0f)))
                    .should(s -> s.match(m -> m.field("textB").query(FieldValue.of(word)).boost(0.4f)))
                    .should(s -> s.match(m -> m.field("textC").query(FieldValue.of(word)).boost(0.2f))))));
        }
        return Query.of(q -> q.bool(b -> b.must(must)));
    }

    /**
     * Near misses: products sharing at least half the text's trigrams (a necessary condition for a word
     * similarity of 0.5, cheap to test on the indexed trigrams), scored by the exact word similarity.
     */
    private static Query typo(String text) {
        Set<String> trigrams = Trigrams.distinct(text.toLowerCase(Locale.ROOT));
        if (trigrams.isEmpty()) {
            return Query.of(q -> q.matchNone(m -> m));
        }
        var should = trigrams.stream()
                .map(t -> Query.of(q -> q.term(term -> term.field("trigrams").value(FieldValue.of(t))))).toList();
        int needed = (trigrams.size() + 1) / 2;
        var present = new HashMap<String, Integer>();
        trigrams.forEach(t -> present.put(t, 1));
        Map<String, JsonData> params = Map.of("q", JsonData.of(present), "n", JsonData.of(trigrams.size()));
        return Query.of(q -> q.scriptScore(s -> s
                .query(inner -> inner.bool(b -> b.filter(f -> f.bool(c -> c.should(should)
                        .minimumShouldMatch(String.valueOf(needed))))))
                .script(script -> script.inline(i -> i.lang(l -> l.builtin(
                                org.opensearch.client.opensearch._types.BuiltinScriptLanguage.Painless))
                        .source(Trigrams.WORD_SIMILARITY_SCRIPT).params(params)))
                .minScore(TYPO_THRESHOLD)));
    }

    private SearchResult run(SearchQuery query, @Nullable Query text, boolean corrected) throws IOException {
        var base = new ArrayList<Query>();
        base.add(Query.of(q -> q.term(t -> t.field("active").value(FieldValue.of(true)))));
        if (query.category() != null) {
            base.add(Query.of(q -> q.term(t -> t.field("category").value(FieldValue.of(query.category().name())))));
        }
        var main = Query.of(q -> q.bool(b -> {
            b.filter(base);
            if (text != null) {
                b.must(text);
            }
            return b;
        }));
        var aggregations = new HashMap<String, Aggregation>();
        for (Facet facet : Facet.values()) {
            var others = filters(query, facet);
            Aggregation values = facet == Facet.PRICE ? priceBands() : Aggregation.of(a -> a.terms(t -> t
                    .field(field(facet)).size(FACET_SIZE)));
            aggregations.put(facet.name(), Aggregation.of(a -> a
                    .filter(f -> f.bool(b -> b.filter(others)))
                    .aggregations("v", values)));
        }
        var all = filters(query, null);
        SearchResponse<IndexedProduct> response = client.search(s -> {
            s.index(ProductIndex.ALIAS).query(main).aggregations(aggregations)
                    .from(query.page() * query.pageSize()).size(query.pageSize())
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes(List.of(HIT_FIELDS))))
                    .sort(sort(query.sort(), text != null));
            if (!all.isEmpty()) {
                s.postFilter(p -> p.bool(b -> b.filter(all)));
            }
            return s;
        }, IndexedProduct.class);

        var hits = response.hits().hits().stream().map(h -> h.source()).filter(java.util.Objects::nonNull)
                .map(OpenSearchCatalogSearch::hit).toList();
        var facets = new EnumMap<Facet, List<FacetValue>>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, facetValues(facet, response.aggregations().get(facet.name())));
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(total, hits, facets, corrected);
    }

    private static List<SortOptions> sort(SearchQuery.Sort sort, boolean scored) {
        var options = new ArrayList<SortOptions>();
        switch (sort) {
            case PRICE_ASC -> options.add(SortOptions.of(o -> o.field(f -> f.field("fromPrice").order(SortOrder.Asc)
                    .missing(FieldValue.of("_last")))));
            case PRICE_DESC -> options.add(SortOptions.of(o -> o.field(f -> f.field("fromPrice").order(SortOrder.Desc)
                    .missing(FieldValue.of("_last")))));
            case NEWEST -> options.add(SortOptions.of(o -> o.field(f -> f.field("createdAt").order(SortOrder.Desc))));
            case RELEVANCE -> {
                if (scored) {
                    options.add(SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc))));
                }
            }
        }
        options.add(SortOptions.of(o -> o.field(f -> f.field("name").order(SortOrder.Asc))));
        options.add(SortOptions.of(o -> o.field(f -> f.field("productId").order(SortOrder.Asc))));
        return options;
    }

    /** The facet filters of the query, leaving out one facet's own (null: all of them). */
    private static List<Query> filters(SearchQuery query, @Nullable Facet except) {
        var filters = new ArrayList<Query>();
        for (var entry : query.filters().entrySet()) {
            Facet facet = entry.getKey();
            if (facet == except) {
                continue;
            }
            if (facet == Facet.PRICE) {
                var bands = new ArrayList<Query>();
                for (String key : entry.getValue()) {
                    PriceBand band = PriceBand.byKey(key);
                    if (band != null) {
                        bands.add(Query.of(q -> q.range(r -> {
                            r.field("fromPrice");
                            if (band.from() != null) {
                                r.gte(JsonData.of(band.from().doubleValue()));
                            }
                            if (band.to() != null) {
                                r.lt(JsonData.of(band.to().doubleValue()));
                            }
                            return r;
                        })));
                    }
                }
                filters.add(bands.isEmpty() ? Query.of(q -> q.matchNone(m -> m))
                        : Query.of(q -> q.bool(b -> b.should(bands).minimumShouldMatch("1"))));
                continue;
            }
            var values = entry.getValue().stream().sorted().map(FieldValue::of).toList();
            filters.add(Query.of(q -> q.terms(t -> t.field(field(facet)).terms(v -> v.value(values)))));
        }
        return filters;
    }

    private static Aggregation priceBands() {
        return Aggregation.of(a -> a.range(r -> {
            r.field("fromPrice");
            for (PriceBand band : PriceBand.values()) {
                r.ranges(range -> {
                    range.key(band.key());
                    if (band.from() != null) {
                        range.from(JsonData.of(band.from().doubleValue()));
                    }
                    if (band.to() != null) {
                        range.to(JsonData.of(band.to().doubleValue()));
                    }
                    return range;
                });
            }
            return r;
        }));
    }

    private static String field(Facet facet) {
        return switch (facet) {
            case BRAND -> "brand";
            case SHAPE -> "shape";
            case MATERIAL -> "material";
            case RIM -> "rimType";
            case COLOUR -> "colours";
            case SIZE -> "sizeClasses";
            case GENDER -> "gender";
            case PRICE -> "fromPrice";
        };
    }

    private static List<FacetValue> facetValues(Facet facet, Aggregate aggregate) {
        Aggregate values = aggregate.filter().aggregations().get("v");
        var result = new ArrayList<FacetValue>();
        if (facet == Facet.PRICE) {
            for (var bucket : values.range().buckets().array()) {
                if (bucket.docCount() > 0) {
                    result.add(new FacetValue(bucket.key(), FacetLabels.label(facet, bucket.key()), bucket.docCount()));
                }
            }
        } else {
            for (var bucket : values.sterms().buckets().array()) {
                result.add(new FacetValue(bucket.key(), FacetLabels.label(facet, bucket.key()), bucket.docCount()));
            }
        }
        return sortFacet(facet, result);
    }

    /** The PostgreSQL search's order: sizes and price bands in their natural order, the rest by label. */
    static List<FacetValue> sortFacet(Facet facet, List<FacetValue> values) {
        var sorted = new ArrayList<>(values);
        switch (facet) {
            case PRICE -> sorted.sort(Comparator.comparingInt(v -> {
                PriceBand band = PriceBand.byKey(v.value());
                return band == null ? 99 : band.ordinal();
            }));
            case SIZE -> sorted.sort(Comparator.comparingInt(v -> List.of("SMALL", "MEDIUM", "LARGE").indexOf(v.value())));
            default -> sorted.sort(Comparator.comparing(FacetValue::label));
        }
        return List.copyOf(sorted);
    }

    private static Hit hit(IndexedProduct p) {
        return new Hit(ProductId.parse(p.productId()), p.code(), p.slug(), p.name(), p.brand(),
                Category.valueOf(p.category()), p.price(), p.colours() == null ? List.of() : p.colours(), p.imageId());
    }
}
