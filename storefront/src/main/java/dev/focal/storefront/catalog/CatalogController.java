package dev.focal.storefront.catalog;

import dev.focal.catalog.Catalog;
import dev.focal.catalog.CatalogSearch;
import dev.focal.catalog.Category;
import dev.focal.catalog.SearchQuery;
import dev.focal.catalog.SearchQuery.Facet;
import dev.focal.catalog.SearchResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * Category pages ({@code /eyeglasses}, {@code /sunglasses}, {@code /readers}, {@code /contact-lenses},
 * {@code /accessories}, {@code /services}, {@code /lenses}) and search results ({@code /search?q=}): facets,
 * sorting and pages are plain links (crawlable, no JavaScript). Pages carry an ETag from the catalog cache's
 * generation and are cacheable for anonymous visitors.
 */
@Controller
class CatalogController {

    static final int PAGE_SIZE = 24;

    private final CatalogSearch search;
    private final CatalogCache cache;
    private final PriceFormat money;
    private final String baseUrl;

    CatalogController(CatalogSearch search, CatalogCache cache, PriceFormat money, @Value("${focal.base-url}") String baseUrl) {
        this.search = search;
        this.cache = cache;
        this.money = money;
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    @GetMapping("/{category:eyeglasses|sunglasses|readers|contact-lenses|accessories|services|lenses}")
    String category(@PathVariable String category, @RequestParam MultiValueMap<String, String> params,
                    HttpServletRequest request, HttpServletResponse response, WebRequest web, Model model) {
        Category cat = Category.fromSlug(category).orElseThrow();
        if (CacheHeaders.notModified(cache, request, response, web)) {
            return null;
        }
        var query = query(null, cat, params);
        var result = cache.get(query, search::search);
        String intro = switch (cat) {
            case EYEGLASSES -> "Frames for prescription lenses. Every frame lists its lens width, bridge and temple"
                    + " length so you can compare it with a pair you own.";
            case SUNGLASSES -> "Sunglasses with full UV protection; many can take your prescription.";
            case READERS -> "Ready-made reading glasses in fixed powers.";
            case CONTACT_LENSES -> "Daily, two-weekly and monthly lenses, including toric and multifocal.";
            case ACCESSORIES -> "Cases, cleaning kits and everything that keeps your glasses at their best.";
            case SERVICES -> "Eye tests, fittings and repairs in our stores.";
            case LENSES -> "Our lens range, made to your prescription in our own lab.";
        };
        model.addAttribute("page", listing(cat.label(), cat.label(), intro, "/" + cat.slug(), null, query, result, params));
        return "catalog/listing";
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) @Nullable String q, @RequestParam MultiValueMap<String, String> params,
                  HttpServletRequest request, HttpServletResponse response, WebRequest web, Model model) {
        if (CacheHeaders.notModified(cache, request, response, web)) {
            return null;
        }
        SearchQuery query;
        try {
            query = query(q, null, params);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        var result = cache.get(query, search::search);
        String heading = query.text() == null ? "All products" : "Results for \u201C" + query.text() + "\u201D";
        model.addAttribute("page", listing(heading, heading, null, "/search", query.text(), query, result, params));
        return "catalog/listing";
    }

    private static SearchQuery query(@Nullable String text, @Nullable Category category, MultiValueMap<String, String> params) {
        var filters = new LinkedHashMap<Facet, Set<String>>();
        for (Facet facet : Facet.values()) {
            var values = params.getOrDefault(facet.param(), List.of()).stream().filter(v -> !v.isBlank())
                    .limit(20).collect(Collectors.toCollection(LinkedHashSet::new));
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        SearchQuery.Sort sort = SearchQuery.Sort.RELEVANCE;
        String sortParam = params.getFirst("sort");
        if (sortParam != null) {
            for (SearchQuery.Sort s : SearchQuery.Sort.values()) {
                if (s.name().equalsIgnoreCase(sortParam.replace('-', '_'))) {
                    sort = s;
                }
            }
        }
        if (text == null && sort == SearchQuery.Sort.RELEVANCE && sortParam == null) {
            sort = SearchQuery.Sort.RELEVANCE;
        }
        int page = 1;
        try {
            page = Math.clamp(Integer.parseInt(params.getOrDefault("page", List.of("1")).getFirst()), 1, 1000);
        } catch (NumberFormatException ignored) {
            // a malformed page number shows the first page
        }
        return new SearchQuery(text, category, filters, sort, page - 1, PAGE_SIZE);
    }

    private ListingPage listing(String title, String heading, @Nullable String intro, String path, @Nullable String text,
                                SearchQuery query, SearchResult result, MultiValueMap<String, String> params) {
        var state = new LinkedHashMap<String, List<String>>();
        if (text != null) {
            state.put("q", List.of(text));
        }
        for (Facet facet : Facet.values()) {
            var values = query.values(facet).stream().sorted().toList();
            if (!values.isEmpty()) {
                state.put(facet.param(), values);
            }
        }
        if (query.sort() != SearchQuery.Sort.RELEVANCE) {
            state.put("sort", List.of(query.sort().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        var facets = new ArrayList<FacetBlock>();
        for (Facet facet : Facet.values()) {
            var values = result.facets().getOrDefault(facet, List.of());
            if (values.isEmpty() || (values.size() == 1 && query.values(facet).isEmpty() && facet != Facet.BRAND)) {
                continue;
            }
            var links = values.stream().map(v -> {
                boolean selected = query.values(facet).contains(v.value());
                var next = copy(state);
                var list = new ArrayList<>(next.getOrDefault(facet.param(), List.of()));
                if (selected) {
                    list.remove(v.value());
                } else {
                    list.add(v.value());
                }
                if (list.isEmpty()) {
                    next.remove(facet.param());
                } else {
                    next.put(facet.param(), list.stream().sorted().toList());
                }
                return new PageLink(v.label(), href(path, next), selected, v.count());
            }).toList();
            facets.add(new FacetBlock(facet.param(), facet.label(), links));
        }
        var sorts = new ArrayList<PageLink>();
        for (SearchQuery.Sort sort : SearchQuery.Sort.values()) {
            var next = copy(state);
            next.remove("sort");
            if (sort != SearchQuery.Sort.RELEVANCE) {
                next.put("sort", List.of(sort.name().toLowerCase(Locale.ROOT).replace('_', '-')));
            }
            sorts.add(PageLink.of(sort.label(), href(path, next), sort == query.sort()));
        }
        int pages = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = query.page() + 1;
        var pageLinks = new ArrayList<PageLink>();
        for (int p = Math.max(1, current - 3); p <= Math.min(pages, current + 3); p++) {
            pageLinks.add(PageLink.of(String.valueOf(p), pageHref(path, state, p), p == current));
        }
        var cards = result.hits().stream().map(hit -> new ProductCard("/p/" + hit.slug(), hit.name(), hit.brand(),
                hit.fromPrice() == null ? null : (hit.category() == Category.EYEGLASSES || hit.category() == Category.LENSES
                        ? "from " : "") + money.format(hit.fromPrice()),
                hit.imageId() == null ? null : "/media/" + hit.imageId() + "/list.jpg", hit.colours(),
                Placeholder.colourFor(hit.colours()))).toList();
        boolean filtered = state.keySet().stream().anyMatch(k -> !k.equals("q"));
        var cleared = new LinkedHashMap<String, List<String>>();
        if (text != null) {
            cleared.put("q", List.of(text));
        }
        String canonical = baseUrl + (text == null ? path + (current > 1 ? "?page=" + current : "") : href(path, state)
                + (current > 1 ? (state.isEmpty() ? "?" : "&") + "page=" + current : ""));
        String fullTitle = title + (current > 1 ? " (page " + current + ")" : "");
        return new ListingPage(fullTitle, heading, intro, canonical, path, text, result.total(), cards, facets, sorts,
                pageLinks, current > 1 ? pageHref(path, state, current - 1) : null,
                current < pages ? pageHref(path, state, current + 1) : null, filtered ? href(path, cleared) : null,
                result.corrected(), text != null || state.keySet().stream().filter(k -> !k.equals("sort")).count() > 1);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> state) {
        return new LinkedHashMap<>(state);
    }

    private static String pageHref(String path, Map<String, List<String>> state, int page) {
        var next = copy(state);
        if (page > 1) {
            next.put("page", List.of(String.valueOf(page)));
        }
        return href(path, next);
    }

    static String href(String path, Map<String, List<String>> params) {
        if (params.isEmpty()) {
            return path;
        }
        return path + "?" + params.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
