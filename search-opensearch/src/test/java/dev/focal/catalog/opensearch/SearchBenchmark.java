package dev.focal.catalog.opensearch;

import dev.focal.catalog.Category;
import dev.focal.catalog.ProductId;
import dev.focal.catalog.SearchDocument;
import dev.focal.catalog.SearchQuery;
import dev.focal.catalog.SearchQuery.Facet;
import dev.focal.catalog.SearchQuery.Sort;
import dev.focal.catalog.SearchResult;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Search latency on a generated catalog of 100,000 SKUs (12,500 frames x 8 SKUs), PostgreSQL and OpenSearch side
 * by side in one run on one machine. Not a test: run it with bench/search/run.sh. Single-threaded, so the numbers
 * are per-query latency, not throughput. Arguments: [frames] [measured queries per kind] [warm-up per kind].
 */
public final class SearchBenchmark {

    static final String[] BRANDS = {"Aurora", "Brightline", "Cobalt", "Dune", "Ember", "Fjord", "Granite", "Halcyon",
            "Iris", "Juniper", "Kestrel", "Lark", "Meridian", "Nimbus", "Onyx", "Pavo", "Quill", "Rowan", "Sable",
            "Tamsin", "Umber", "Vale", "Wren", "Yarrow", "Zinnia", "Alder", "Birch", "Cedar", "Delta", "Elm"};
    static final String[] SHAPES = {"RECTANGLE", "SQUARE", "ROUND", "OVAL", "CAT_EYE", "AVIATOR", "BROWLINE", "GEOMETRIC"};
    static final String[] MATERIALS = {"ACETATE", "METAL", "TITANIUM", "TR90", "MIXED", "WOOD"};
    static final String[] RIMS = {"FULL", "SEMI", "RIMLESS"};
    static final String[] GENDERS = {"WOMEN", "MEN", "UNISEX"};
    static final String[] COLOURS = {"Black", "Tortoise", "Gold", "Silver", "Gunmetal", "Navy", "Red", "Crystal",
            "Blue", "Green", "Rose", "Walnut", "Grey", "Clear", "Havana", "Burgundy"};
    static final String[] SIZES = {"SMALL", "MEDIUM", "LARGE"};
    static final String[] SYLLABLES = {"lu", "men", "ve", "sper", "or", "bit", "ha", "lo", "ax", "is", "quay", "tide",
            "mo", "ri", "dian", "sol", "ace", "fen", "nix", "ter", "ra", "vo", "ka", "zen"};
    static final String[] WORDS = {"lightweight", "classic", "bold", "slim", "vintage", "modern", "handmade",
            "polished", "matte", "flexible", "hinges", "bridge", "keyhole", "temples", "everyday", "statement"};

    public static void main(String[] args) throws Exception {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 12_500;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 150;
        var random = new Random(42);
        var docs = generate(frames, random);
        int skus = docs.stream().mapToInt(d -> d.skus().size()).sum();
        System.out.printf("Catalog: %d products, %d SKUs%n", docs.size(), skus);

        try (var backends = SearchBackends.start(Files.createTempDirectory("focal-bench"))) {
            long t0 = System.nanoTime();
            backends.transaction.executeWithoutResult(s -> docs.forEach(backends.postgresSearch::write));
            backends.jdbc.sql("analyze catalog_search").update();
            long t1 = System.nanoTime();
            Map<ProductId, SearchDocument> byId = new LinkedHashMap<>();
            docs.forEach(d -> byId.put(d.productId(), d));
            backends.index.createIfMissing();
            backends.index.rebuild(List.copyOf(byId.keySet()), id -> Optional.ofNullable(byId.get(id)));
            backends.client.indices().forcemerge(f -> f.index(ProductIndex.ALIAS).maxNumSegments(1L));
            long t2 = System.nanoTime();
            System.out.printf("Load: PostgreSQL %.1f s, OpenSearch %.1f s (bulk rebuild + force merge)%n",
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9);

            var facetted = queries(random, warmup + measured, SearchBenchmark::facetted);
            var browse = queries(random, warmup + measured, SearchBenchmark::browse);
            int differences = 0;
            int compared = Math.min(100, facetted.size());
            for (int i = 0; i < compared; i++) {
                for (var q : List.of(facetted.get(i), browse.get(i))) {
                    if (backends.postgres(q).total() != backends.openSearch(q).total()) {
                        differences++;
                    }
                }
            }
            System.out.printf("Totals compared on %d queries: %d differ%n", 2 * compared, differences);

            System.out.println();
            System.out.println("| Query | Backend | p50 ms | p95 ms | p99 ms | mean ms |");
            System.out.println("|---|---|---|---|---|---|");
            for (var kind : List.of(Map.entry("text + 2 facets + sort", facetted), Map.entry("category browse", browse))) {
                report(kind.getKey(), "PostgreSQL", kind.getValue(), warmup, backends::postgres);
                report(kind.getKey(), "OpenSearch", kind.getValue(), warmup, backends::openSearch);
            }
        }
        System.exit(0);
    }

    private static void report(String kind, String backend, List<SearchQuery> queries, int warmup,
                               Function<SearchQuery, SearchResult> search) {
        for (int i = 0; i < warmup; i++) {
            search.apply(queries.get(i));
        }
        long[] nanos = new long[queries.size() - warmup];
        for (int i = warmup; i < queries.size(); i++) {
            long start = System.nanoTime();
            search.apply(queries.get(i));
            nanos[i - warmup] = System.nanoTime() - start;
            if (nanos[i - warmup] > Long.getLong("bench.slowMs", Long.MAX_VALUE / 1_000_000L) * 1_000_000L) {
                System.out.printf("slow %s %.0f ms: %s%n", backend, nanos[i - warmup] / 1e6, queries.get(i));
            }
        }
        Arrays.sort(nanos);
        System.out.printf("| %s | %s | %.1f | %.1f | %.1f | %.1f |%n", kind, backend, pct(nanos, 50), pct(nanos, 95),
                pct(nanos, 99), Arrays.stream(nanos).average().orElse(0) / 1e6);
    }

    private static double pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static List<SearchQuery> queries(Random random, int n, Function<Random, SearchQuery> make) {
        var list = new ArrayList<SearchQuery>();
        for (int i = 0; i < n; i++) {
            list.add(make.apply(random));
        }
        return list;
    }

    /** A word (shape, material, colour, brand or description word), two facets, a sort. */
    static SearchQuery facetted(Random random) {
        String[] sources = {pick(random, SHAPES).toLowerCase().replace('_', ' '), pick(random, MATERIALS).toLowerCase(),
                pick(random, COLOURS).toLowerCase(), pick(random, BRANDS).toLowerCase(), pick(random, WORDS)};
        String text = sources[random.nextInt(sources.length)];
        Map<Facet, Set<String>> filters = switch (random.nextInt(3)) {
            case 0 -> Map.of(Facet.COLOUR, Set.of(pick(random, COLOURS)), Facet.PRICE, Set.of(pick(random,
                    new String[] {"under-100", "100-150", "150-200", "200-plus"})));
            case 1 -> Map.of(Facet.BRAND, new java.util.HashSet<>(List.of(pick(random, BRANDS), pick(random, BRANDS))), Facet.SIZE,
                    Set.of(pick(random, SIZES)));
            default -> Map.of(Facet.RIM, Set.of(pick(random, RIMS)), Facet.GENDER, Set.of(pick(random, GENDERS)));
        };
        Sort sort = pick(random, new Sort[] {Sort.RELEVANCE, Sort.PRICE_ASC, Sort.PRICE_DESC, Sort.NEWEST});
        return new SearchQuery(text, null, filters, sort, 0, 24);
    }

    /** A category page with no words and no filters, some sort, one of the first pages. */
    static SearchQuery browse(Random random) {
        Category category = random.nextInt(4) == 0 ? Category.SUNGLASSES : Category.EYEGLASSES;
        Sort sort = pick(random, new Sort[] {Sort.RELEVANCE, Sort.PRICE_ASC, Sort.NEWEST});
        return new SearchQuery(null, category, Map.of(), sort, random.nextInt(4), 24);
    }

    static List<SearchDocument> generate(int frames, Random random) {
        var docs = new ArrayList<SearchDocument>(frames);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < frames; i++) {
            String brand = pick(random, BRANDS);
            String code = brand.substring(0, 3).toUpperCase() + "-" + (10000 + i);
            String name = capitalise(pick(random, SYLLABLES) + pick(random, SYLLABLES)
                    + (random.nextBoolean() ? pick(random, SYLLABLES) : ""));
            String shape = pick(random, SHAPES);
            String material = pick(random, MATERIALS);
            var colours = new ArrayList<String>();
            while (colours.size() < 4) {
                String colour = pick(random, COLOURS);
                if (!colours.contains(colour)) {
                    colours.add(colour);
                }
            }
            int firstSize = random.nextInt(2);
            var sizes = List.of(SIZES[firstSize], SIZES[firstSize + 1]);
            var skus = new ArrayList<String>();
            for (String colour : colours) {
                for (String size : sizes) {
                    skus.add(code + "-" + colour.toUpperCase().substring(0, 3) + "-" + (size.equals("SMALL") ? 48 : size.equals("MEDIUM") ? 51 : 55));
                }
            }
            String description = "A " + pick(random, WORDS) + " " + shape.toLowerCase().replace('_', ' ') + " frame in "
                    + material.toLowerCase() + ", " + pick(random, WORDS) + " and " + pick(random, WORDS) + ".";
            var price = BigDecimal.valueOf(49 + 5L * random.nextInt(61)).setScale(2);
            Category category = random.nextInt(5) == 0 ? Category.SUNGLASSES : Category.EYEGLASSES;
            docs.add(new SearchDocument(new ProductId(UUID.nameUUIDFromBytes(code.getBytes())), code,
                    name.toLowerCase() + "-" + code.toLowerCase(), category, random.nextInt(50) != 0, name, brand,
                    description, shape, material, pick(random, RIMS), pick(random, GENDERS), colours, sizes, skus,
                    price, "img-" + i, start.plusSeconds(600L * i)));
        }
        return docs;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
