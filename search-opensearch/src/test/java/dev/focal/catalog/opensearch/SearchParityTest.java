package dev.focal.catalog.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.catalog.Category;
import dev.focal.catalog.ProductId;
import dev.focal.catalog.SearchQuery;
import dev.focal.catalog.SearchQuery.Facet;
import dev.focal.catalog.SearchQuery.Sort;
import dev.focal.catalog.SearchResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One set of queries through both backends over the same sixty documents: the same totals, the same hits in the
 * same order, the same facet counts and the same typo correction. PostgreSQL is the reference.
 */
class SearchParityTest {

    static SearchBackends backends;

    @BeforeAll
    static void load() throws IOException {
        backends = SearchBackends.shared();
        backends.load(ParityCorpus.documents());
    }

    static Stream<Named<SearchQuery>> queries() {
        var queries = new ArrayList<Named<SearchQuery>>();
        // words: prefixes, stems, several fields, codes and SKUs
        for (String text : List.of("round", "rou", "r", "rectangle", "rectangles", "rect", "titanium", "black",
                "aurora", "tortoise", "frame", "frames", "lumen", "aviator", "cat eye", "AUR-104", "aur", "CBL-301-BLA",
                "walnut", "sunglasses", "contact", "1.67", "semi-rimless", "the round", "LUMEN!")) {
            queries.add(named("words " + text, q(text, null, Map.of(), Sort.RELEVANCE, 0, 24)));
        }
        // several words: both backends add up each word's weight, so the order must agree too
        for (String text : List.of("cat eye", "semi rimless", "gold metal", "Aurora round", "round titanium",
                "black round acetate")) {
            queries.add(named("several words: " + text, q(text, null, Map.of(), Sort.RELEVANCE, 0, 96)));
        }
        queries.add(named("several words sorted by price", q("gold metal", null, Map.of(), Sort.PRICE_ASC, 0, 24)));
        // typos: no word matches, near misses found and flagged
        for (String text : List.of("rectangel", "halcyn", "Aurorra", "tortoisshell", "titanum round", "xyzzy", "the",
                "walnutt")) {
            queries.add(named("typo " + text, q(text, null, Map.of(), Sort.RELEVANCE, 0, 24)));
        }
        queries.add(named("typo with price sort", q("rectangel", null, Map.of(), Sort.PRICE_ASC, 0, 24)));
        queries.add(named("typo with a brand filter", q("rectangel", null, Map.of(Facet.BRAND, Set.of("Cobalt")), Sort.RELEVANCE, 0, 24)));
        // words that match products outside the filters are no typo: no fallback, nothing found
        queries.add(named("a brand filtered away", q("aurora", null, Map.of(Facet.BRAND, Set.of("Cobalt")), Sort.RELEVANCE, 0, 24)));
        queries.add(named("a brand in another category", q("aurora", Category.SUNGLASSES, Map.of(), Sort.RELEVANCE, 0, 24)));
        // browsing: categories and sorts
        for (Category category : Category.values()) {
            for (Sort sort : Sort.values()) {
                queries.add(named("browse " + category + " by " + sort, q(null, category, Map.of(), sort, 0, 24)));
            }
        }
        queries.add(named("everything by name", q(null, null, Map.of(), Sort.RELEVANCE, 0, 96)));
        queries.add(named("everything newest", q(null, null, Map.of(), Sort.NEWEST, 0, 96)));
        // facets
        queries.add(named("brand filter", q(null, null, Map.of(Facet.BRAND, Set.of("Aurora", "Fjord")), Sort.RELEVANCE, 0, 24)));
        queries.add(named("shape and colour", q(null, Category.EYEGLASSES, Map.of(Facet.SHAPE, Set.of("ROUND"),
                Facet.COLOUR, Set.of("Black", "Tortoise")), Sort.PRICE_ASC, 0, 24)));
        queries.add(named("price band 100-150", q(null, null, Map.of(Facet.PRICE, Set.of("100-150")), Sort.PRICE_DESC, 0, 24)));
        queries.add(named("price bands at the edges", q(null, null, Map.of(Facet.PRICE, Set.of("under-100", "200-plus")), Sort.PRICE_ASC, 0, 48)));
        queries.add(named("unknown price band", q(null, null, Map.of(Facet.PRICE, Set.of("bogus")), Sort.RELEVANCE, 0, 24)));
        queries.add(named("size, gender, rim", q(null, null, Map.of(Facet.SIZE, Set.of("LARGE"), Facet.GENDER, Set.of("MEN"),
                Facet.RIM, Set.of("FULL", "SEMI")), Sort.NEWEST, 0, 24)));
        queries.add(named("material with words", q("rectangle", null, Map.of(Facet.MATERIAL, Set.of("METAL", "TITANIUM")), Sort.RELEVANCE, 0, 24)));
        queries.add(named("words, two facets, price sort", q("round", Category.EYEGLASSES, Map.of(Facet.BRAND, Set.of("Aurora", "Cobalt"),
                Facet.PRICE, Set.of("100-150", "150-200")), Sort.PRICE_ASC, 0, 24)));
        queries.add(named("filters that match nothing", q("round", null, Map.of(Facet.BRAND, Set.of("Nobody")), Sort.RELEVANCE, 0, 24)));
        // paging
        queries.add(named("page 2 of 5", q(null, null, Map.of(), Sort.RELEVANCE, 1, 5)));
        queries.add(named("page 3 of 7 by price", q(null, null, Map.of(), Sort.PRICE_ASC, 2, 7)));
        queries.add(named("page 2 of words", q("round", null, Map.of(), Sort.RELEVANCE, 1, 4)));
        queries.add(named("page past the end", q("black", null, Map.of(), Sort.NEWEST, 9, 10)));
        return queries.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void both_backends_return_the_same_page_total_and_facets(SearchQuery query) {
        SearchResult postgres = backends.postgres(query);
        SearchResult openSearch = backends.openSearch(query);

        assertThat(ids(openSearch)).as("hits in order").containsExactlyElementsOf(ids(postgres));
        assertThat(openSearch.hits()).as("hit contents").isEqualTo(postgres.hits());
        assertThat(openSearch.total()).as("total").isEqualTo(postgres.total());
        assertThat(openSearch.corrected()).as("corrected").isEqualTo(postgres.corrected());
        assertThat(new EnumMap<>(openSearch.facets())).as("facets").isEqualTo(new EnumMap<>(postgres.facets()));
    }

    @Test
    void the_suite_is_not_vacuous() {
        assertThat(backends.postgres(SearchQuery.of("round")).total()).isGreaterThan(10);
        var rectangel = backends.openSearch(SearchQuery.of("rectangel"));
        assertThat(rectangel.corrected()).isTrue();
        assertThat(rectangel.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.name() + h.code()).isNotBlank());
        var brand = backends.openSearch(SearchQuery.of("halcyn"));
        assertThat(brand.corrected()).isTrue();
        assertThat(brand.hits()).extracting(SearchResult.Hit::brand).contains("Halcyon");
        assertThat(backends.openSearch(SearchQuery.of("lumen archive")).hits())
                .noneMatch(h -> h.name().equals("Lumen Archive"));
        assertThat(backends.openSearch(SearchQuery.of("round")).facets().get(Facet.BRAND)).isNotEmpty();
    }

    @Test
    void trigram_word_similarity_agrees_with_pg_trgm() {
        var pairs = List.of(List.of("rectangel", "meridian aurora aur-105 eyeglasses rectangle acetate full rim black navy"),
                List.of("halcyn", "solace halcyon hal-501 eyeglasses round acetate full rim black clear"),
                List.of("word", "two words"), List.of("titanum round", "orbit aurora aur-106 eyeglasses round titanium semi"),
                List.of("aurorra", "aurora aurora aurora"), List.of("xyz", "abc"), List.of("a", "a b a"),
                List.of("tortoisshell", "quay cobalt cbl-302 eyeglasses round mixed full rim tortoise gold"));
        for (var pair : pairs) {
            float expected = backends.jdbc.sql("select word_similarity(?, ?)").params(pair.get(0), pair.get(1))
                    .query(Float.class).single();
            assertThat(Trigrams.wordSimilarity(pair.get(0), pair.get(1))).as(pair.toString()).isEqualTo(expected);
        }
    }

    private static List<ProductId> ids(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::productId).toList();
    }

    private static Named<SearchQuery> named(String name, SearchQuery query) {
        return Named.of(name, query);
    }

    private static SearchQuery q(@Nullable String text, @Nullable Category category, Map<Facet, Set<String>> filters,
                                 Sort sort, int page, int size) {
        return new SearchQuery(text, category, filters, sort, page, size);
    }
}
