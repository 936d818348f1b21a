package dev.focal.api.catalog;

import dev.focal.api.core.ApiNotFoundException;
import dev.focal.api.core.ApiInputException;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.CatalogSearch;
import dev.focal.catalog.Category;
import dev.focal.catalog.ContactLensSpec;
import dev.focal.catalog.FrameSpec;
import dev.focal.catalog.LensSpec;
import dev.focal.catalog.ProductDetails;
import dev.focal.catalog.ProductId;
import dev.focal.catalog.SearchQuery;
import dev.focal.catalog.SearchQuery.Facet;
import dev.focal.catalog.SearchResult;
import dev.focal.catalog.Variant;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public catalog reads: products by page and category, one product, and search with facets. Active products only. */
@RestController
@RequestMapping("/api/v1")
class CatalogApi {

    private final Catalog catalog;
    private final CatalogSearch search;
    private final String baseUrl;
    private final String currency;

    CatalogApi(Catalog catalog, CatalogSearch search, @Value("${focal.base-url}") String baseUrl,
               @Value("${focal.shop.currency:EUR}") String currency) {
        this.catalog = catalog;
        this.search = search;
        this.baseUrl = baseUrl.replaceAll("/$", "");
        this.currency = currency;
    }

    /** A page of products, optionally of one category ({@code eyeglasses}, {@code contact-lenses}...). */
    @GetMapping("/products")
    ResponseEntity<ProductPage> products(@RequestParam(required = false) @Nullable String category,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "24") int size) {
        var query = query(null, category, Map.of(), "relevance", page, size);
        var result = search.search(query);
        return cached(new ProductPage(result.hits().stream().map(this::summary).toList(), page, size, result.total()));
    }

    @GetMapping("/products/{id}")
    ResponseEntity<ProductResource> product(@PathVariable String id) {
        ProductId productId;
        try {
            productId = ProductId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new ApiInputException("id", "'" + id + "' is not a product ID (a UUID).");
        }
        var product = catalog.findActive(productId)
                .orElseThrow(() -> new ApiNotFoundException("No product " + id + " on sale."));
        return cached(resource(product));
    }

    /** Search with facet filters as parameters ({@code brand=Aurelia&shape=ROUND}), sort and paging. */
    @GetMapping("/search")
    ResponseEntity<SearchResponse> search(@RequestParam(required = false) @Nullable String q,
                                          @RequestParam(required = false) @Nullable String category,
                                          @RequestParam(defaultValue = "relevance") String sort,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "24") int size,
                                          @RequestParam MultiValueMap<String, String> params) {
        var filters = new LinkedHashMap<Facet, Set<String>>();
        for (Facet facet : Facet.values()) {
            var values = params.getOrDefault(facet.param(), List.of());
            if (!values.isEmpty()) {
                filters.put(facet, new LinkedHashSet<>(values));
            }
        }
        var result = search.search(query(q, category, filters, sort, page, size));
        var facets = new LinkedHashMap<String, List<SearchResult.FacetValue>>();
        result.facets().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> facets.put(e.getKey().param(), e.getValue()));
        return cached(new SearchResponse(result.total(), result.corrected(), page, size,
                result.hits().stream().map(this::summary).toList(), facets));
    }

    private static SearchQuery query(@Nullable String text, @Nullable String category, Map<Facet, Set<String>> filters,
                                     String sort, int page, int size) {
        Category cat = null;
        if (category != null && !category.isBlank()) {
            cat = Category.fromSlug(category.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> new ApiInputException(
                    "category", "Unknown category '" + category + "'. Use one of: " + java.util.Arrays.stream(Category.values())
                    .map(Category::slug).collect(Collectors.joining(", ")) + "."));
        }
        SearchQuery.Sort order = null;
        for (SearchQuery.Sort s : SearchQuery.Sort.values()) {
            if (s.name().equalsIgnoreCase(sort.replace('-', '_'))) {
                order = s;
            }
        }
        if (order == null) {
            throw new ApiInputException("sort", "Unknown sort '" + sort + "'. Use relevance, price-asc, price-desc or newest.");
        }
        if (page < 0 || page > 10_000) {
            throw new ApiInputException("page", "Pages are counted from 0.");
        }
        if (size < 1 || size > SearchQuery.MAX_PAGE_SIZE) {
            throw new ApiInputException("size", "A page holds 1 to " + SearchQuery.MAX_PAGE_SIZE + " products.");
        }
        if (text != null && text.length() > 200) {
            throw new ApiInputException("q", "Search words are limited to 200 characters.");
        }
        return new SearchQuery(text, cat, filters, order, page, size);
    }

    private ProductSummary summary(SearchResult.Hit hit) {
        return new ProductSummary(hit.productId().toString(), hit.code(), hit.name(), hit.brand(),
                hit.category().slug(), hit.fromPrice(), hit.fromPrice() == null ? null : currency, hit.colours(),
                baseUrl + "/p/" + hit.slug(), baseUrl + "/api/v1/products/" + hit.productId(),
                hit.imageId() == null ? null : baseUrl + "/media/" + hit.imageId() + "/list.jpg");
    }

    private ProductResource resource(ProductDetails p) {
        FrameSpec frame = p.draft().frame();
        return new ProductResource(p.id().toString(), p.code(), p.slug(), p.name(), p.brand(), p.category().slug(),
                p.draft().description(), p.draft().taxClass(), baseUrl + "/p/" + p.slug(), frame,
                p.progressiveEligible(), p.draft().lens(), p.draft().contactLens(), p.draft().variants().stream()
                .map(v -> new VariantResource(v.sku(), v.colourCode(), v.sizeKey(), sizeMarking(frame, v), v.readerPower(),
                        v.barcode(), v.status().name(), baseUrl + "/api/v1/prices?sku=" + v.sku()))
                .toList(),
                p.media().stream().map(m -> new ImageResource(m.id(), m.colourCode(), m.alt(),
                        Map.of("thumb", baseUrl + "/media/" + m.id() + "/thumb.jpg",
                                "list", baseUrl + "/media/" + m.id() + "/list.jpg",
                                "detail", baseUrl + "/media/" + m.id() + "/detail.jpg"))).toList(),
                p.updatedAt());
    }

    private static @Nullable String sizeMarking(@Nullable FrameSpec frame, Variant v) {
        if (frame == null || v.sizeKey() == null) {
            return null;
        }
        return frame.sizes().stream().filter(s -> s.key().equals(v.sizeKey())).map(FrameSpec.Size::marking).findFirst()
                .orElse(null);
    }

    private static <T> ResponseEntity<T> cached(T body) {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofSeconds(60)).cachePublic()).body(body);
    }

    record ProductPage(List<ProductSummary> items, int page, int size, long total) {
    }

    record SearchResponse(long total, boolean corrected, int page, int size, List<ProductSummary> hits,
                          Map<String, List<SearchResult.FacetValue>> facets) {
    }

    record ProductSummary(String id, String code, String name, String brand, String category,
                          @Nullable BigDecimal fromPrice, @Nullable String currency, List<String> colours, String url,
                          String href, @Nullable String image) {
    }

    record ProductResource(String id, String code, String slug, String name, String brand, String category,
                           String description, String taxClass, String url, @Nullable FrameSpec frame,
                           @Nullable Boolean progressiveEligible, @Nullable LensSpec lens,
                           @Nullable ContactLensSpec contactLens, List<VariantResource> variants,
                           List<ImageResource> images, Instant updatedAt) {
    }

    record VariantResource(String sku, @Nullable String colour, @Nullable String size, @Nullable String marking,
                           @Nullable BigDecimal readerPower, @Nullable String barcode, String status, String prices) {
    }

    record ImageResource(String id, @Nullable String colour, String alt, Map<String, String> urls) {
    }
}
