package dev.focal.catalog.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.catalog.Category;
import dev.focal.catalog.ProductId;
import dev.focal.catalog.SearchDocument;
import dev.focal.catalog.SearchQuery;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The index's life cycle on a real node: rebuilds swap the alias without a gap; single-product sync. */
class ProductIndexTest {

    static final SearchQuery EYEGLASSES = new SearchQuery(null, Category.EYEGLASSES, Map.of(), SearchQuery.Sort.RELEVANCE, 0, 24);

    SearchBackends backends = SearchBackends.shared();
    List<SearchDocument> corpus = ParityCorpus.documents();
    Map<ProductId, SearchDocument> byId = corpus.stream().collect(Collectors.toMap(SearchDocument::productId, Function.identity()));

    @BeforeEach
    void load() throws IOException {
        backends.load(corpus);
    }

    @Test
    void searches_during_rebuilds_always_see_a_complete_index_and_one_index_remains() throws Exception {
        long expected = backends.openSearch(EYEGLASSES).total();
        assertThat(expected).isGreaterThan(20);
        var stop = new AtomicBoolean();
        var totals = new ConcurrentLinkedQueue<Long>();
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var searcher = Thread.ofPlatform().start(() -> {
            while (!stop.get()) {
                try {
                    totals.add(backends.openSearch(EYEGLASSES).total());
                    Thread.sleep(2);
                } catch (RuntimeException | InterruptedException e) {
                    failures.add(e);
                }
            }
        });
        var names = new java.util.HashSet<String>();
        for (int i = 0; i < 2; i++) {
            names.add(backends.index.rebuild(List.copyOf(byId.keySet()), id -> Optional.ofNullable(byId.get(id))));
        }
        stop.set(true);
        searcher.join();

        assertThat(failures).isEmpty();
        assertThat(totals).hasSizeGreaterThan(10).containsOnly(expected);
        assertThat(names).hasSize(2);
        assertThat(backends.index.aliasedIndices()).hasSize(1).isSubsetOf(names);
        var all = backends.client.indices().get(g -> g.index(ProductIndex.INDEX_PREFIX + "*")).result().keySet();
        assertThat(all).as("old indices are deleted").hasSize(1);
    }

    @Test
    void a_failed_rebuild_leaves_the_alias_where_it_was() throws IOException {
        var before = backends.index.aliasedIndices();
        var calls = new AtomicInteger();
        try {
            backends.index.rebuild(List.copyOf(byId.keySet()), id -> {
                if (calls.incrementAndGet() > 10) {
                    throw new IllegalStateException("catalog went away");
                }
                return Optional.ofNullable(byId.get(id));
            });
        } catch (IllegalStateException expected) {
            // as planned
        }
        assertThat(backends.index.aliasedIndices()).isEqualTo(before);
        assertThat(backends.client.indices().get(g -> g.index(ProductIndex.INDEX_PREFIX + "*")).result().keySet())
                .isEqualTo(before);
        assertThat(backends.openSearch(EYEGLASSES).total()).isGreaterThan(20);
    }

    @Test
    void sync_writes_changes_hides_deactivated_products_and_removes_deleted_ones() throws IOException {
        SearchDocument lumen = corpus.getFirst();
        var renamed = copy(lumen, "Lumen Prime", true);
        backends.index.sync(lumen.productId(), Optional.of(renamed));
        backends.index.refresh();
        assertThat(backends.openSearch(SearchQuery.of("prime")).hits()).extracting(h -> h.productId())
                .containsExactly(lumen.productId());

        backends.index.sync(lumen.productId(), Optional.of(copy(lumen, "Lumen Prime", false)));
        backends.index.refresh();
        assertThat(backends.openSearch(SearchQuery.of("prime")).total()).isZero();

        SearchDocument halo = corpus.get(2);
        backends.index.sync(halo.productId(), Optional.empty());
        backends.index.refresh();
        assertThat(backends.openSearch(SearchQuery.of("halo")).hits()).extracting(h -> h.productId())
                .doesNotContain(halo.productId());
    }

    @Test
    void creating_the_index_when_missing_happens_once() throws IOException {
        assertThat(backends.index.createIfMissing()).isFalse();
        var before = backends.index.aliasedIndices();
        backends.client.indices().delete(d -> d.index(String.join(",", before)));
        assertThat(backends.index.createIfMissing()).isTrue();
        assertThat(backends.index.aliasedIndices()).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(backends.openSearch(EYEGLASSES).total()).isZero();
    }

    private static SearchDocument copy(SearchDocument d, String name, boolean active) {
        return new SearchDocument(d.productId(), d.code(), d.slug(), d.category(), active, name, d.brand(),
                d.description(), d.shape(), d.material(), d.rimType(), d.gender(), d.colours(), d.sizeClasses(),
                d.skus(), d.fromPrice(), d.imageId(), d.createdAt());
    }
}
