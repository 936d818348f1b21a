package dev.focal.catalog.opensearch;

import dev.focal.catalog.ProductId;
import dev.focal.catalog.SearchDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.indices.update_aliases.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenSearch index of search documents and its life cycle. Searches read the alias {@value #ALIAS}, which
 * always points at one complete index. A rebuild fills a new versioned index ({@code focal-products-<time>}),
 * then moves the alias to it in one atomic alias update and deletes the old index, so a search never meets an
 * empty or half-filled index (docs/adr/0007-search-backends.md).
 *
 * <p>While a rebuild runs, the new index also carries the alias {@value #BUILDING}, and single-product updates
 * go to both aliases, so a change made during the rebuild is not lost at the swap. Every write carries the time
 * its document was read as an external version ({@code external_gte}): whichever write read the catalog last
 * wins, whatever order the writes arrive in. Inactive products stay in the index flagged inactive (as in the
 * PostgreSQL table) for the same reason: a delete would leave nothing to compare versions against.
 */
class ProductIndex {

    static final String ALIAS = "focal-products";
    static final String BUILDING = "focal-products-building";
    static final String INDEX_PREFIX = "focal-products-";
    static final int BATCH = 500;

    /** PostgreSQL's english.stop, so both backends drop the same words. */
    static final Set<String> STOPWORDS = loadStopwords();

    private static final Logger log = LoggerFactory.getLogger(ProductIndex.class);
    private static final DateTimeFormatter INDEX_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final OpenSearchClient client;
    private final Clock clock;

    ProductIndex(OpenSearchClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** Creates an empty index behind the alias when there is no alias yet; true when it did. */
    boolean createIfMissing() throws IOException {
        if (client.indices().existsAlias(a -> a.name(ALIAS)).value()) {
            return false;
        }
        String index = createIndex(ALIAS);
        log.info("Created search index {} behind alias {}", index, ALIAS);
        return true;
    }

    /** Writes the product's current document (or removes it when the product is gone) wherever searches read. */
    void sync(ProductId id, Optional<SearchDocument> document) throws IOException {
        long version = versionNow();
        var targets = new ArrayList<String>();
        targets.add(ALIAS);
        if (client.indices().existsAlias(a -> a.name(BUILDING)).value()) {
            targets.add(BUILDING);
        }
        var operations = new ArrayList<BulkOperation>();
        for (String target : targets) {
            operations.add(document
                    .map(doc -> index(target, doc, version))
                    .orElseGet(() -> BulkOperation.of(o -> o.delete(d -> d.index(target).id(id.toString())
                            .version(version).versionType(VersionType.ExternalGte)))));
        }
        bulk(operations, true);
    }

    /**
     * Builds a new index from every product, then swaps the alias to it and deletes the old one. Returns the new
     * index's name. On failure the new index is deleted and the alias is left where it was.
     */
    String rebuild(List<ProductId> ids, Function<ProductId, Optional<SearchDocument>> load) throws IOException {
        String fresh = createIndex(BUILDING);
        try {
            for (int from = 0; from < ids.size(); from += BATCH) {
                var operations = new ArrayList<BulkOperation>();
                for (ProductId id : ids.subList(from, Math.min(ids.size(), from + BATCH))) {
                    long version = versionNow();
                    load.apply(id).ifPresent(doc -> operations.add(index(fresh, doc, version)));
                }
                bulk(operations, false);
            }
            client.indices().refresh(r -> r.index(fresh));
            swapTo(fresh);
            log.info("Rebuilt search index {} with {} products", fresh, ids.size());
            return fresh;
        } catch (IOException | RuntimeException e) {
            client.indices().delete(d -> d.index(fresh).ignoreUnavailable(true));
            throw e;
        }
    }

    /** The indices behind the alias now (one, except in the moment of a swap). */
    Set<String> aliasedIndices() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(ALIAS)).value()) {
            return Set.of();
        }
        return client.indices().getAlias(a -> a.name(ALIAS)).result().keySet();
    }

    void refresh() throws IOException {
        client.indices().refresh(r -> r.index(ALIAS));
    }

    private void swapTo(String fresh) throws IOException {
        Set<String> old = aliasedIndices();
        var actions = new ArrayList<Action>();
        for (String index : old) {
            actions.add(Action.of(a -> a.remove(r -> r.index(index).alias(ALIAS))));
        }
        actions.add(Action.of(a -> a.add(r -> r.index(fresh).alias(ALIAS))));
        actions.add(Action.of(a -> a.remove(r -> r.index(fresh).alias(BUILDING))));
        client.indices().updateAliases(u -> u.actions(actions));
        for (String index : old) {
            if (!index.equals(fresh)) {
                client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
            }
        }
    }

    private String createIndex(String alias) throws IOException {
        String name = INDEX_PREFIX + INDEX_TIME.format(clock.instant()) + "-"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);
        String body = definition().replace("\"__ALIAS__\"", quote(alias));
        try (var response = client.generic().execute(Requests.builder().method("PUT").endpoint("/" + name)
                .json(body).build())) {
            if (response.getStatus() >= 300) {
                String detail = response.getBody().map(b -> b.bodyAsString()).orElse("");
                throw new IOException("OpenSearch refused to create index " + name + ": " + response.getStatus() + " " + detail);
            }
        }
        return name;
    }

    private BulkOperation index(String target, SearchDocument doc, long version) {
        IndexedProduct product = IndexedProduct.of(doc);
        return BulkOperation.of(o -> o.index(i -> i.index(target).id(product.productId()).document(product)
                .version(version).versionType(VersionType.ExternalGte)));
    }

    private void bulk(List<BulkOperation> operations, boolean requireAlias) throws IOException {
        if (operations.isEmpty()) {
            return;
        }
        BulkResponse response = client.bulk(b -> b.operations(operations).requireAlias(requireAlias));
        if (!response.errors()) {
            return;
        }
        var failures = new ArrayList<String>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null || item.status() == 409) {
                continue; // 409: a newer read of the same product was written first, which is what we want
            }
            if (BUILDING.equals(item.index()) || "index_not_found_exception".equals(item.error().type())) {
                continue; // the rebuild finished between looking up its alias and writing to it
            }
            failures.add(item.id() + ": " + item.error().type() + " " + item.error().reason());
        }
        if (!failures.isEmpty()) {
            throw new IOException("OpenSearch rejected " + failures.size() + " writes, first " + failures.getFirst());
        }
    }

    /** Microseconds since the epoch when the document was read: later reads win. */
    private long versionNow() {
        return ChronoUnit.MICROS.between(java.time.Instant.EPOCH, clock.instant());
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }

    /**
     * Settings and mappings. The similarity adds the query's boost per occurrence, as ts_rank_cd adds a weight per
     * matching position. The index analyzer cuts words the way PostgreSQL's default text-search parser does where
     * it matters for catalog text: decimals stay whole ("1.67"), a dash before digits makes a signed number
     * ("AUR-104" gives "aur" and "-104"), hyphenated words give the whole and their parts ("semi-rimless",
     * "semi", "rimless"); then PostgreSQL's English stop words, the Snowball English stemmer (as english_stem),
     * and edge n-grams so that a stemmed query word matches as a prefix, like {@code to_tsquery('word:*')}.
     */
    static String definition() {
        String stopwords = STOPWORDS.stream().sorted().map(ProductIndex::quote).collect(Collectors.joining(","));
        String text = """
                {"type": "text", "analyzer": "focal_index", "search_analyzer": "focal_query",
                 "similarity": "focal_weight", "index_options": "freqs", "norms": false}""";
        return """
                {
                  "settings": {
                    "number_of_shards": 1,
                    "auto_expand_replicas": "0-1",
                    "max_result_window": 100000,
                    "similarity": {
                      "focal_weight": {"type": "scripted", "script": {"source": "return query.boost * doc.freq;"}}
                    },
                    "analysis": {
                      "tokenizer": {
                        "focal_words": {"type": "pattern", "group": 0,
                          "pattern": "\\\\d+\\\\.\\\\d+|-\\\\d+(?![\\\\p{L}\\\\p{N}])|\\\\p{L}+(?:-\\\\p{L}+)+|[\\\\p{L}\\\\p{N}]+"}
                      },
                      "filter": {
                        "focal_parts": {"type": "pattern_capture", "preserve_original": true,
                                        "patterns": ["(\\\\p{L}+)-", "-(\\\\p{L}+)"]},
                        "focal_stop": {"type": "stop", "stopwords": [%s]},
                        "focal_stem": {"type": "snowball", "language": "English"},
                        "focal_prefixes": {"type": "edge_ngram", "min_gram": 1, "max_gram": 50}
                      },
                      "analyzer": {
                        "focal_index": {"type": "custom", "tokenizer": "focal_words",
                                        "filter": ["lowercase", "focal_parts", "focal_stop", "focal_stem", "focal_prefixes"]},
                        "focal_query": {"type": "custom", "tokenizer": "keyword", "filter": ["lowercase", "focal_stem"]}
                      }
                    }
                  },
                  "aliases": {"__ALIAS__": {}},
                  "mappings": {
                    "dynamic": "strict",
                    "properties": {
                      "productId": {"type": "keyword"},
                      "code": {"type": "keyword"},
                      "slug": {"type": "keyword", "index": false, "doc_values": false},
                      "category": {"type": "keyword"},
                      "active": {"type": "boolean"},
                      "name": {"type": "keyword"},
                      "brand": {"type": "keyword"},
                      "shape": {"type": "keyword"},
                      "material": {"type": "keyword"},
                      "rimType": {"type": "keyword"},
                      "gender": {"type": "keyword"},
                      "colours": {"type": "keyword"},
                      "sizeClasses": {"type": "keyword"},
                      "fromPrice": {"type": "double"},
                      "imageId": {"type": "keyword", "index": false, "doc_values": false},
                      "createdAt": {"type": "date_nanos"},
                      "textA": %s,
                      "textB": %s,
                      "textC": %s,
                      "words": {"type": "keyword", "index": false},
                      "trigrams": {"type": "keyword"}
                    }
                  }
                }""".formatted(stopwords, text, text, text);
    }

    private static Set<String> loadStopwords() {
        try (InputStream in = ProductIndex.class.getResourceAsStream("english.stop")) {
            if (in == null) {
                throw new IllegalStateException("english.stop is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
