package dev.focal.catalog;

import static dev.focal.catalog.CatalogTestData.frame;
import static dev.focal.catalog.CatalogTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.IntegrationTest;
import dev.focal.catalog.SearchQuery.Facet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.TestingAuthenticationToken;

/** The PostgreSQL search over the demo catalog plus a few products of a brand nobody else has. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresSearchIntegrationTest {

    @Autowired
    Catalog catalog;
    @Autowired
    CatalogSearch search;

    String brand;

    @BeforeAll
    void products() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("t", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        brand = unique("Quirin");
        for (var draft : new ProductDraft[] {
                frame(unique("FR-"), brand, "Pemberton", FrameSpec.Shape.ROUND, "Black", "Tortoise"),
                frame(unique("FR-"), brand, "Hollis", FrameSpec.Shape.ROUND, "Crystal"),
                frame(unique("FR-"), brand, "Marlowe", FrameSpec.Shape.CAT_EYE, "Tortoise")}) {
            var id = catalog.create(draft);
            catalog.changeStatus(id, catalog.get(id).version(), ProductStatus.ACTIVE);
        }
        SecurityContextHolder.clearContext();
    }

    @Test
    void words_match_as_prefixes_and_the_brand_ranks_first() {
        var result = search.search(SearchQuery.of(brand.substring(0, brand.length() - 2) + " pember"));
        assertThat(result.corrected()).isFalse();
        assertThat(result.hits()).extracting(SearchResult.Hit::name).containsExactly("Pemberton");
    }

    @Test
    void a_misspelt_word_finds_near_misses_and_says_so() {
        var result = search.search(SearchQuery.of("pembertn"));
        assertThat(result.corrected()).isTrue();
        assertThat(result.hits()).extracting(SearchResult.Hit::name).contains("Pemberton");
    }

    @Test
    void words_that_match_outside_the_filters_are_not_taken_for_typos() {
        var query = new SearchQuery("pemberton", Category.EYEGLASSES, Map.of(Facet.SHAPE, Set.of("CAT_EYE")),
                SearchQuery.Sort.RELEVANCE, 0, 24);
        var result = search.search(query);
        assertThat(result.total()).isZero();
        assertThat(result.corrected()).isFalse();
        assertThat(result.facets().get(Facet.SHAPE)).extracting(SearchResult.FacetValue::value).containsExactly("ROUND");
    }

    @Test
    void facet_counts_ignore_their_own_filter_but_apply_the_others() {
        var query = new SearchQuery(null, Category.EYEGLASSES, Map.of(Facet.BRAND, Set.of(brand),
                Facet.SHAPE, Set.of("ROUND")), SearchQuery.Sort.RELEVANCE, 0, 24);
        var result = search.search(query);

        assertThat(result.total()).isEqualTo(2);
        assertThat(result.facets().get(Facet.SHAPE)).extracting(SearchResult.FacetValue::value, SearchResult.FacetValue::count)
                .contains(org.assertj.core.groups.Tuple.tuple("ROUND", 2L), org.assertj.core.groups.Tuple.tuple("CAT_EYE", 1L));
        assertThat(result.facets().get(Facet.COLOUR)).extracting(SearchResult.FacetValue::value)
                .containsExactlyInAnyOrder("Black", "Tortoise", "Crystal");
        assertThat(result.facets().get(Facet.BRAND)).extracting(SearchResult.FacetValue::value).contains(brand);
    }

    @Test
    void the_demo_range_is_searchable_by_category_colour_and_price_band() {
        var sunglasses = search.search(new SearchQuery(null, Category.SUNGLASSES, Map.of(), SearchQuery.Sort.PRICE_ASC, 0, 96));
        assertThat(sunglasses.total()).isGreaterThanOrEqualTo(8);
        var prices = sunglasses.hits().stream().map(SearchResult.Hit::fromPrice).toList();
        assertThat(prices).isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

        var cheap = search.search(new SearchQuery(null, Category.EYEGLASSES, Map.of(Facet.PRICE, Set.of("under-100")),
                SearchQuery.Sort.RELEVANCE, 0, 96));
        assertThat(cheap.hits()).allSatisfy(h -> assertThat(h.fromPrice()).isLessThan(new java.math.BigDecimal("100")));
        assertThat(search.search(SearchQuery.of("tortoise")).total()).isPositive();
    }
}
