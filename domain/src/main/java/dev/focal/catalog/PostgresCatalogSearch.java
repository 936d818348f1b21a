package dev.focal.catalog;

import dev.focal.catalog.SearchQuery.Facet;
import dev.focal.catalog.SearchQuery.PriceBand;
import dev.focal.catalog.SearchResult.FacetValue;
import dev.focal.catalog.SearchResult.Hit;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search with PostgreSQL alone: the catalog_search table holds one {@link SearchDocument} per product with a
 * weighted tsvector (name and brand first, then style words, then the description) and a trigram index over
 * its words. Words are matched as prefixes with English stemming; when nothing matches and the words match
 * no active product at all, trigram word similarity finds near misses ("rectangel", "tortoisshell") and the
 * result says it was corrected.
 *
 * <p>Public with a public constructor so the OpenSearch module's parity suite can run it side by side.
 */
public class PostgresCatalogSearch implements CatalogSearch {

    /** How close a misspelt word must be (pg_trgm word similarity, 0..1) to count as a match. */
    static final String TYPO_THRESHOLD = "0.5";

    private final JdbcClient jdbc;

    public PostgresCatalogSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String backend() {
        return "postgresql";
    }

    /**
     * Writes (inserts or replaces) a product's search document. Called by the catalog itself after every change
     * (by an editor, an import, or the price listener, which runs without a user); no endpoint reaches it.
     */
    @PreAuthorize("permitAll()")
    public void write(SearchDocument doc) {
        String words = String.join(" ", doc.name(), doc.brand(), doc.code(), doc.category().label(),
                label(doc.shape()), label(doc.material()), label(doc.rimType()), String.join(" ", doc.colours()));
        jdbc.sql("""
                insert into catalog_search (product_id, code, slug, image_id, category, active, name, brand, shape, material, rim_type, gender,
                    colours, size_classes, from_price, created_at, words, document)
                values (:id, :code, :slug, :image, :category, :active, :name, :brand, :shape, :material, :rim, :gender, :colours::varchar[],
                    :sizes::varchar[], :price, :created, :words,
                    setweight(to_tsvector('english', :name || ' ' || :brand || ' ' || :code), 'A')
                    || setweight(to_tsvector('english', :style), 'B')
                    || setweight(to_tsvector('english', :description || ' ' || :skus), 'C'))
                on conflict (product_id) do update set code = excluded.code, slug = excluded.slug,
                    image_id = excluded.image_id, category = excluded.category, active = excluded.active,
                    name = excluded.name, brand = excluded.brand, shape = excluded.shape, material = excluded.material,
                    rim_type = excluded.rim_type, gender = excluded.gender, colours = excluded.colours,
                    size_classes = excluded.size_classes, from_price = excluded.from_price, words = excluded.words,
                    document = excluded.document""")
                .param("id", doc.productId().value()).param("category", doc.category().name())
                .param("active", doc.active()).param("name", doc.name()).param("brand", doc.brand())
                .param("code", doc.code()).param("slug", doc.slug()).param("image", doc.imageId())
                .param("shape", doc.shape()).param("material", doc.material())
                .param("rim", doc.rimType()).param("gender", doc.gender())
                // distinct values: a facet counts a product once per value
                .param("colours", ProductStore.pgArray(doc.colours().stream().distinct().toList()))
                .param("sizes", ProductStore.pgArray(doc.sizeClasses().stream().distinct().toList())).param("price", doc.fromPrice())
                .param("created", Timestamp.from(doc.createdAt())).param("words", words.toLowerCase(Locale.ROOT))
                .param("style", String.join(" ", doc.category().label(), label(doc.shape()), label(doc.material()),
                        label(doc.rimType()), label(doc.gender()), String.join(" ", doc.colours())))
                .param("description", doc.description()).param("skus", String.join(" ", doc.skus()))
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public SearchResult search(SearchQuery query) {
        jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', ?, true)").param(TYPO_THRESHOLD)
                .query(String.class).single();
        String tsquery = query.text() == null ? null : prefixQuery(query.text());
        boolean corrected = false;
        Match match = query.text() == null ? Match.NONE : tsquery == null ? Match.TYPO : Match.WORDS;
        long total = count(query, match, tsquery, null);
        if (total == 0 && match == Match.WORDS && !matchesAnyActive(tsquery)) {
            match = Match.TYPO;
            total = count(query, match, tsquery, null);
            corrected = total > 0;
        }
        var hits = hits(query, match, tsquery, total);
        var facets = new EnumMap<Facet, List<FacetValue>>(Facet.class);
        // Facets without a filter of their own all count over the same rows: the single-valued ones share one
        // grouping-sets scan; the others (and every filtered facet) take a query each.
        var shared = new ArrayList<Facet>();
        for (Facet facet : Facet.values()) {
            if (SCALAR.containsKey(facet) && query.values(facet).isEmpty()) {
                shared.add(facet);
            } else {
                facets.put(facet, facet(query, match, tsquery, facet));
            }
        }
        facets.putAll(sharedFacets(query, match, tsquery, shared));
        return new SearchResult(total, hits, facets, corrected);
    }

    private enum Match { NONE, WORDS, TYPO }

    /**
     * Whether the words match some active product in any category, whatever the filters: then an empty
     * result is the answer (a brand filtered away is no typo), and the costly trigram fallback is skipped.
     */
    private boolean matchesAnyActive(String tsquery) {
        return jdbc.sql("select exists (select 1 from catalog_search d where d.active "
                        + "and d.document @@ to_tsquery('english', :tsquery))")
                .param("tsquery", tsquery).query(Boolean.class).single();
    }

    /**
     * Relevance of a word match: the sum over the words of each word's cover-density rank (weights A 1.0,
     * B 0.4, C 0.2 per occurrence). Summing per word, rather than ranking the whole query at once, leaves out
     * ts_rank_cd's reward for words standing close together, so the OpenSearch backend can score the same.
     */
    private static String wordsRank(String tsquery, Map<String, Object> params) {
        var terms = tsquery.split(" & ");
        var parts = new ArrayList<String>();
        for (int i = 0; i < terms.length; i++) {
            params.put("term" + i, terms[i]);
            parts.add("ts_rank_cd(d.document, to_tsquery('english', :term" + i + "))");
        }
        return "(" + String.join(" + ", parts) + ")";
    }

    /** Each word becomes a stemmed prefix ("rect:*"), all required; null when no word is left. */
    static @Nullable String prefixQuery(String text) {
        String[] tokens = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        String joined = Arrays.stream(tokens).filter(t -> !t.isEmpty()).limit(10).map(t -> t + ":*")
                .collect(Collectors.joining(" & "));
        return joined.isEmpty() ? null : joined;
    }

    private long count(SearchQuery query, Match match, @Nullable String tsquery, @Nullable Facet except) {
        var params = new HashMap<String, Object>();
        String where = where(query, match, tsquery, except, params);
        return jdbc.sql("select count(*) from catalog_search d where " + where).params(params).query(Long.class).single();
    }

    private List<Hit> hits(SearchQuery query, Match match, @Nullable String tsquery, long total) {
        if (total == 0) {
            return List.of();
        }
        var params = new HashMap<String, Object>();
        String where = where(query, match, tsquery, null, params);
        String order = switch (query.sort()) {
            case PRICE_ASC -> "d.from_price asc nulls last, d.name, d.product_id";
            case PRICE_DESC -> "d.from_price desc nulls last, d.name, d.product_id";
            case NEWEST -> "d.created_at desc, d.name, d.product_id";
            case RELEVANCE -> switch (match) {
                case WORDS -> wordsRank(tsquery, params) + " desc, d.name, d.product_id";
                case TYPO -> "word_similarity(:text, d.words) desc, d.name, d.product_id";
                case NONE -> "d.name, d.product_id";
            };
        };
        params.put("limit", query.pageSize());
        params.put("offset", (long) query.page() * query.pageSize());
        return jdbc.sql("""
                select d.product_id, d.code, d.slug, d.name, d.brand, d.category, d.from_price, d.colours, d.image_id
                from catalog_search d
                where %s order by %s limit :limit offset :offset""".formatted(where, order))
                .params(params)
                .query((rs, n) -> new Hit(new ProductId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), Category.valueOf(rs.getString(6)), rs.getBigDecimal(7),
                        strings(rs.getArray(8)), rs.getString(9)))
                .list();
    }

    /** The single-valued facets and the column (or expression) holding each. */
    private static final Map<Facet, String> SCALAR = new EnumMap<>(Map.of(Facet.BRAND, "d.brand", Facet.SHAPE, "d.shape",
            Facet.MATERIAL, "d.material", Facet.RIM, "d.rim_type", Facet.GENDER, "d.gender", Facet.PRICE, priceBandCase()));

    private Map<Facet, List<FacetValue>> sharedFacets(SearchQuery query, Match match, @Nullable String tsquery,
                                                      List<Facet> facets) {
        var result = new EnumMap<Facet, List<FacetValue>>(Facet.class);
        if (facets.isEmpty()) {
            return result;
        }
        var params = new HashMap<String, Object>();
        String where = where(query, match, tsquery, null, params);
        var columns = new ArrayList<String>();
        for (int i = 0; i < facets.size(); i++) {
            columns.add(SCALAR.get(facets.get(i)) + " as f" + i);
        }
        var sets = new ArrayList<String>();
        for (int i = 0; i < facets.size(); i++) {
            sets.add("(f" + i + ")");
        }
        var values = new EnumMap<Facet, List<FacetValue>>(Facet.class);
        facets.forEach(f -> values.put(f, new ArrayList<>()));
        String sql = "select " + String.join(", ", facets.stream().map(f -> "f" + facets.indexOf(f)).toList())
                + ", count(*) from (select " + String.join(", ", columns) + " from catalog_search d where " + where
                + ") x group by grouping sets (" + String.join(", ", sets) + ")";
        jdbc.sql(sql).params(params).query(rs -> {
            for (int i = 0; i < facets.size(); i++) {
                String value = rs.getString(i + 1);
                if (value != null) {
                    Facet facet = facets.get(i);
                    values.get(facet).add(new FacetValue(value, FacetLabels.label(facet, value), rs.getLong(facets.size() + 1)));
                    break;
                }
            }
        });
        values.forEach((facet, list) -> result.put(facet, sortFacet(facet, list)));
        return result;
    }

    private List<FacetValue> facet(SearchQuery query, Match match, @Nullable String tsquery, Facet facet) {
        var params = new HashMap<String, Object>();
        String where = where(query, match, tsquery, facet, params);
        String value = switch (facet) {
            case BRAND -> "d.brand";
            case SHAPE -> "d.shape";
            case MATERIAL -> "d.material";
            case RIM -> "d.rim_type";
            case GENDER -> "d.gender";
            case COLOUR -> "unnest(d.colours)";
            case SIZE -> "unnest(d.size_classes)";
            case PRICE -> priceBandCase();
        };
        var rows = jdbc.sql("select v, count(*) from (select " + value + " as v, d.product_id "
                        + "from catalog_search d where " + where + ") x where v is not null group by v")
                .params(params)
                .query((rs, n) -> new FacetValue(rs.getString(1), FacetLabels.label(facet, rs.getString(1)), rs.getLong(2)))
                .list();
        return sortFacet(facet, rows);
    }

    /** Brands, colours and the like by name; sizes and price bands in their natural order. */
    static List<FacetValue> sortFacet(Facet facet, List<FacetValue> values) {
        var sorted = new ArrayList<>(values);
        switch (facet) {
            case PRICE -> sorted.sort(java.util.Comparator.comparingInt(v -> {
                PriceBand band = PriceBand.byKey(v.value());
                return band == null ? 99 : band.ordinal();
            }));
            case SIZE -> sorted.sort(java.util.Comparator.comparingInt(v -> List.of("SMALL", "MEDIUM", "LARGE").indexOf(v.value())));
            default -> sorted.sort(java.util.Comparator.comparing(FacetValue::label));
        }
        return List.copyOf(sorted);
    }

    private static String priceBandCase() {
        var sql = new StringBuilder("case");
        for (PriceBand band : PriceBand.values()) {
            sql.append(" when ");
            var parts = new ArrayList<String>();
            if (band.from() != null) {
                parts.add("d.from_price >= " + band.from().toPlainString());
            }
            if (band.to() != null) {
                parts.add("d.from_price < " + band.to().toPlainString());
            }
            sql.append(String.join(" and ", parts)).append(" then '").append(band.key()).append("'");
        }
        return sql.append(" end").toString();
    }

    private static String where(SearchQuery query, Match match, @Nullable String tsquery, @Nullable Facet except,
                                Map<String, Object> params) {
        var clauses = new ArrayList<String>();
        clauses.add("d.active");
        if (query.category() != null) {
            clauses.add("d.category = :category");
            params.put("category", query.category().name());
        }
        switch (match) {
            case WORDS -> {
                clauses.add("d.document @@ to_tsquery('english', :tsquery)");
                params.put("tsquery", tsquery);
            }
            case TYPO -> {
                clauses.add(":text <% d.words");
                params.put("text", query.text().toLowerCase(Locale.ROOT));
            }
            case NONE -> {
            }
        }
        if (query.sort() == SearchQuery.Sort.RELEVANCE && match == Match.TYPO) {
            params.put("text", query.text().toLowerCase(Locale.ROOT));
        }
        for (var entry : query.filters().entrySet()) {
            Facet facet = entry.getKey();
            if (facet == except) {
                continue;
            }
            String param = "f_" + facet.name().toLowerCase(Locale.ROOT);
            var values = List.copyOf(entry.getValue());
            switch (facet) {
                case BRAND -> clauses.add("d.brand = any (:" + param + "::varchar[])");
                case SHAPE -> clauses.add("d.shape = any (:" + param + "::varchar[])");
                case MATERIAL -> clauses.add("d.material = any (:" + param + "::varchar[])");
                case RIM -> clauses.add("d.rim_type = any (:" + param + "::varchar[])");
                case GENDER -> clauses.add("d.gender = any (:" + param + "::varchar[])");
                case COLOUR -> clauses.add("d.colours && (:" + param + "::varchar[])");
                case SIZE -> clauses.add("d.size_classes && (:" + param + "::varchar[])");
                case PRICE -> {
                    var bands = new ArrayList<String>();
                    for (String key : values) {
                        PriceBand band = PriceBand.byKey(key);
                        if (band != null) {
                            bands.add("(" + (band.from() == null ? "true" : "d.from_price >= " + band.from().toPlainString())
                                    + " and " + (band.to() == null ? "true" : "d.from_price < " + band.to().toPlainString()) + ")");
                        }
                    }
                    clauses.add(bands.isEmpty() ? "false" : "(" + String.join(" or ", bands) + ")");
                    continue;
                }
            }
            params.put(param, ProductStore.pgArray(values));
        }
        return String.join(" and ", clauses);
    }

    private static String label(@Nullable String constant) {
        return constant == null ? "" : FacetLabels.words(constant);
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
