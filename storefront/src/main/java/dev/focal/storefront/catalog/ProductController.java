package dev.focal.storefront.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.Category;
import dev.focal.catalog.ContactLensSpec;
import dev.focal.catalog.FacetLabels;
import dev.focal.catalog.FrameSpec;
import dev.focal.catalog.FrameSpec.Size;
import dev.focal.catalog.LensSpec;
import dev.focal.catalog.ProductDetails;
import dev.focal.catalog.SitemapEntry;
import dev.focal.catalog.Variant;
import dev.focal.inventory.Availability;
import dev.focal.inventory.Promise;
import dev.focal.pricing.Channel;
import dev.focal.pricing.PriceLists;
import dev.focal.pricing.PriceQuote;
import dev.focal.pricing.PricingLine;
import dev.focal.pricing.PricingRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Product pages at {@code /p/{slug}} with colour, size and power chosen by link ({@code ?colour=BLK&size=52-18-140}),
 * and {@code /sitemap.xml}. The price is the web price list's, with the promotions active now.
 */
@Controller
class ProductController {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.ENGLISH);

    private final Catalog catalog;
    private final PriceLists prices;
    private final CatalogCache cache;
    private final PriceFormat money;
    private final Clock clock;
    private final String baseUrl;
    private final String region;
    private final Availability stock;
    /** Stock hints per SKU for a few seconds: product pages are hot, stock moves all the time. */
    private final Cache<String, Promise> stockHints = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(15)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    ProductController(Catalog catalog, PriceLists prices, CatalogCache cache, PriceFormat money, Clock clock,
                      Availability stock, @Value("${focal.base-url}") String baseUrl,
                      @Value("${focal.shop.region:DE}") String region) {
        this.catalog = catalog;
        this.stock = stock;
        this.prices = prices;
        this.cache = cache;
        this.money = money;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/$", "");
        this.region = region;
    }

    @GetMapping("/p/{slug}")
    String product(@PathVariable String slug, @RequestParam(required = false) @Nullable String colour,
                   @RequestParam(required = false) @Nullable String size,
                   @RequestParam(required = false) @Nullable String power, HttpServletRequest request,
                   HttpServletResponse response, WebRequest web, Model model) {
        // The page shows stock, which changes without a catalog event: its ETag also changes every minute.
        if (CacheHeaders.notModified(cache, request, response, web, Long.toHexString(clock.millis() / 60_000))) {
            return null;
        }
        Optional<ProductDetails> found = cache.get("product:" + slug, k -> catalog.findActiveBySlug(slug));
        ProductDetails product = found.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "We could not find that product. It may have been taken out of the range."));
        model.addAttribute("page", page(product, colour, size, power));
        return "catalog/product";
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() {
        List<SitemapEntry> entries = cache.get("sitemap", k -> catalog.sitemap());
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        xml.append("  <url><loc>").append(baseUrl).append("/</loc></url>\n");
        for (Category category : Category.values()) {
            xml.append("  <url><loc>").append(baseUrl).append('/').append(category.slug()).append("</loc></url>\n");
        }
        for (SitemapEntry entry : entries) {
            xml.append("  <url><loc>").append(baseUrl).append("/p/").append(entry.slug()).append("</loc><lastmod>")
                    .append(DateTimeFormatter.ISO_LOCAL_DATE.format(entry.updatedAt().atZone(java.time.ZoneOffset.UTC)))
                    .append("</lastmod></url>\n");
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic())
                .contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    private ProductPage page(ProductDetails p, @Nullable String colour, @Nullable String size, @Nullable String power) {
        String path = "/p/" + p.slug();
        FrameSpec frame = p.draft().frame();
        List<Variant> active = p.draft().variants().stream().filter(v -> v.status() == Variant.Status.ACTIVE).toList();
        Variant chosen = choose(p.draft().variants(), active, colour, size, power);
        var swatches = new ArrayList<ProductPage.Swatch>();
        var sizes = new ArrayList<PageLink>();
        var powers = new ArrayList<PageLink>();
        var facts = new ArrayList<ProductPage.Fact>();
        List<List<String>> table = new ArrayList<>();
        List<String> tableHead = List.of();
        String marking = null;
        String note = null;
        String placeholder = "#12436b";
        if (frame != null && chosen != null) {
            for (FrameSpec.Colour c : frame.colours()) {
                String href = choiceHref(path, c.code(), chosen.sizeKey(), chosen.readerPower());
                swatches.add(new ProductPage.Swatch(c.name(), href, c.swatch(), c.code().equals(chosen.colourCode())));
                if (c.code().equals(chosen.colourCode())) {
                    placeholder = c.swatch();
                }
            }
            for (Size s : frame.sizes()) {
                boolean offered = active.stream().anyMatch(v -> s.key().equals(v.sizeKey())
                        && Objects.equals(v.colourCode(), chosen.colourCode()));
                if (offered || s.key().equals(chosen.sizeKey())) {
                    sizes.add(PageLink.of(s.marking() + " (" + FacetLabels.label(dev.focal.catalog.SearchQuery.Facet.SIZE,
                            s.sizeClass().name()).replaceAll(" \\(.*", "") + ")",
                            choiceHref(path, chosen.colourCode(), s.key(), chosen.readerPower()), s.key().equals(chosen.sizeKey())));
                }
            }
            for (BigDecimal pw : frame.readerPowers()) {
                powers.add(PageLink.of("+" + pw.toPlainString(), choiceHref(path, chosen.colourCode(), chosen.sizeKey(), pw),
                        pw.compareTo(chosen.readerPower() == null ? BigDecimal.ZERO : chosen.readerPower()) == 0));
            }
            Size s = frame.sizes().stream().filter(x -> x.key().equals(chosen.sizeKey())).findFirst().orElse(frame.sizes().getFirst());
            marking = s.marking();
            facts.add(new ProductPage.Fact("Size", s.marking()));
            facts.add(new ProductPage.Fact("Lens width (A)", s.a() + " mm"));
            facts.add(new ProductPage.Fact("Lens height (B)", s.b() + " mm"));
            facts.add(new ProductPage.Fact("Bridge (DBL)", s.dbl() + " mm"));
            facts.add(new ProductPage.Fact("Temple length", s.temple() + " mm"));
            facts.add(new ProductPage.Fact("Effective diameter (ED)", s.ed() + " mm"));
            facts.add(new ProductPage.Fact("Frame PD (A + DBL)", (s.a() + s.dbl()) + " mm"));
            facts.add(new ProductPage.Fact("Shape", FacetLabels.words(frame.shape().name())));
            facts.add(new ProductPage.Fact("Material", frame.material() == FrameSpec.Material.TR90 ? "TR90"
                    : FacetLabels.words(frame.material().name())));
            facts.add(new ProductPage.Fact("Rim", FacetLabels.label(dev.focal.catalog.SearchQuery.Facet.RIM, frame.rimType().name())));
            facts.add(new ProductPage.Fact("Fit", FacetLabels.words(frame.faceWidth().name()) + " face, "
                    + FacetLabels.words(frame.gender().name()).toLowerCase()));
            if (frame.rxAble()) {
                note = Boolean.TRUE.equals(p.progressiveEligible())
                        ? "Takes prescription lenses, including progressives."
                        : "Takes single-vision prescription lenses. Too shallow for progressive lenses.";
            } else if (p.category() == Category.SUNGLASSES) {
                note = "Non-prescription sunglasses with UV400 lenses.";
            }
        }
        ContactLensSpec cl = p.draft().contactLens();
        if (cl != null) {
            facts.add(new ProductPage.Fact("Wear", FacetLabels.words(cl.modality().name()) + " (replace every "
                    + cl.modality().replacementDays() + (cl.modality().replacementDays() == 1 ? " day)" : " days)")));
            facts.add(new ProductPage.Fact("Pack", cl.packSize() + " lenses, about " + cl.supplyDays() + " days for both eyes"));
            facts.add(new ProductPage.Fact("Base curve (BC)", join(cl.baseCurves())));
            facts.add(new ProductPage.Fact("Diameter (DIA)", join(cl.diameters())));
            facts.add(new ProductPage.Fact("Sphere (SPH)", signed(cl.sphMin()) + " to " + signed(cl.sphMax())));
            if (cl.toric()) {
                facts.add(new ProductPage.Fact("Cylinder (CYL)", cl.cylinders().stream().map(ProductController::signed)
                        .collect(Collectors.joining(", "))));
            }
            if (cl.multifocal()) {
                facts.add(new ProductPage.Fact("Addition", String.join(", ", cl.additions())));
            }
        }
        LensSpec lens = p.draft().lens();
        if (lens != null) {
            facts.add(new ProductPage.Fact("Type", FacetLabels.words(lens.type().name())));
            facts.add(new ProductPage.Fact("Design", lens.design()));
            facts.add(new ProductPage.Fact("Coatings", lens.coatings().stream().map(c -> c.coating().label()
                    + (c.included() ? " (included)" : "")).collect(Collectors.joining(", "))));
            tableHead = List.of("Index", "Material", "SPH", "CYL to", "ADD", "Lead time");
            for (LensSpec.Availability a : lens.availability()) {
                table.add(List.of(a.index(), a.material(), signed(a.sphMin()) + " to " + signed(a.sphMax()),
                        "-" + a.cylMax().toPlainString(), a.addMin() == null ? "\u2013"
                                : signed(a.addMin()) + " to " + signed(a.addMax()),
                        a.leadTime()));
            }
        }
        String sku = chosen == null ? null : chosen.sku();
        PriceQuote quote = chosen == null ? null : quote(p, chosen);
        String price = null;
        String was = null;
        var promotions = new ArrayList<String>();
        if (quote != null) {
            price = money.format(quote.total().amount());
            if (!quote.discountTotal().isZero()) {
                was = money.format(quote.subtotal().amount());
            }
            quote.lines().getFirst().discounts().forEach(d -> promotions.add(d.label()));
        } else if (lens != null) {
            Optional<BigDecimal> from = cache.get("lens-from:" + p.code(), k -> lensFrom(p));
            price = from.map(a -> "from " + money.format(a)).orElse(null);
        }
        boolean onSale = chosen != null && chosen.status() == Variant.Status.ACTIVE && price != null
                || lens != null && price != null;
        Promise promise = onSale && chosen != null && p.category().stocked()
                ? stockHints.get(chosen.sku(), k -> stock.promise(k, 1, null)) : null;
        boolean available = onSale && (promise == null || promise.canPromise());
        String availability = availability(p, chosen, price != null, promise);
        var images = p.media().stream()
                .filter(m -> m.colourCode() == null || chosen == null || m.colourCode().equals(chosen.colourCode()))
                .map(m -> new ProductPage.Image("/media/" + m.id() + "/detail.jpg", "/media/" + m.id() + "/detail.jpg",
                        m.alt(), m.width(), m.height()))
                .toList();
        String canonical = baseUrl + path;
        String description = p.draft().description().isBlank() ? p.brand() + " " + p.name() : p.draft().description();
        String title = p.brand() + " " + p.name() + (marking == null ? "" : " " + marking);
        return new ProductPage(title, canonical, description.length() > 160 ? description.substring(0, 157) + "..." : description,
                jsonLd(p, chosen, quote, canonical, images, schemaAvailability(onSale, promise)), p.name(), p.brand(), p.category().label(),
                "/" + p.category().slug(), p.draft().description(), sku, price, was, promotions, availability, available,
                images, placeholder, swatches, sizes, powers, marking, facts, table, tableHead, note);
    }

    private static @Nullable Variant choose(List<Variant> all, List<Variant> active, @Nullable String colour,
                                            @Nullable String size, @Nullable String power) {
        var pool = active.isEmpty() ? all : active;
        if (pool.isEmpty()) {
            return null;
        }
        BigDecimal pw = null;
        try {
            pw = power == null ? null : new BigDecimal(power);
        } catch (NumberFormatException ignored) {
            // an unknown power falls back to the first one
        }
        for (Variant v : all) {
            if ((colour == null || colour.equalsIgnoreCase(v.colourCode())) && (size == null || size.equals(v.sizeKey()))
                    && (pw == null || (v.readerPower() != null && v.readerPower().compareTo(pw) == 0))
                    && (v.status() == Variant.Status.ACTIVE || colour != null && size != null)) {
                return v;
            }
        }
        for (Variant v : pool) {
            if (colour != null && colour.equalsIgnoreCase(v.colourCode())) {
                return v;
            }
        }
        return pool.getFirst();
    }

    private static String choiceHref(String path, @Nullable String colour, @Nullable String size, @Nullable BigDecimal power) {
        var params = new LinkedHashMap<String, List<String>>();
        if (colour != null) {
            params.put("colour", List.of(colour));
        }
        if (size != null) {
            params.put("size", List.of(size));
        }
        if (power != null) {
            params.put("power", List.of(power.toPlainString()));
        }
        return CatalogController.href(path, params);
    }

    private @Nullable PriceQuote quote(ProductDetails p, Variant v) {
        return cache.get("quote:" + v.sku(), k -> {
            try {
                var line = new PricingLine("1", v.sku(), p.code(), p.brand(), p.category().name(), p.draft().taxClass(), 1, null);
                return Optional.of(prices.quote(new PricingRequest(List.of(line), Channel.WEB, null, null, Set.of(), region,
                        clock.instant()), money.currency().getCurrencyCode()));
            } catch (RuntimeException noPrice) {
                return Optional.<PriceQuote>empty();
            }
        }).orElse(null);
    }

    private Optional<BigDecimal> lensFrom(ProductDetails p) {
        var book = prices.bookFor(Channel.WEB, money.currency().getCurrencyCode(), clock.instant());
        if (book.isEmpty() || p.draft().lens() == null) {
            return Optional.empty();
        }
        return p.draft().lens().availability().stream().map(a -> book.get().lensPrice(p.code(), a.index()))
                .flatMap(Optional::stream).map(dev.focal.shared.Money::amount).min(BigDecimal::compareTo);
    }

    private static String schemaAvailability(boolean onSale, @Nullable Promise promise) {
        if (!onSale) {
            return "https://schema.org/Discontinued";
        }
        if (promise == null || promise.inStock()) {
            return "https://schema.org/InStock";
        }
        return promise.canPromise() ? "https://schema.org/BackOrder" : "https://schema.org/OutOfStock";
    }

    private static String availability(ProductDetails p, @Nullable Variant chosen, boolean priced,
                                       @Nullable Promise promise) {
        if (!priced) {
            return "Not on sale online at the moment. Ask in store.";
        }
        if (p.draft().lens() != null) {
            return "Made to your prescription in " + p.draft().lens().leadTime() + ".";
        }
        if (chosen == null || chosen.status() != Variant.Status.ACTIVE) {
            return "No longer available in this colour and size.";
        }
        if (promise != null && !promise.inStock()) {
            return promise.canPromise()
                    ? "Back in stock soon: ships by " + promise.promiseDate().format(SHORT_DATE) + "."
                    : "Sold out at the moment. Ask us when it returns.";
        }
        if (promise != null && promise.available() <= 3) {
            return "Only " + promise.available() + " left. " + inStock(p).replaceFirst("^Available\\. ", "");
        }
        return inStock(p);
    }

    private static String inStock(ProductDetails p) {
        return switch (p.category()) {
            case EYEGLASSES -> "Available. With prescription lenses ready in about 7 to 12 working days.";
            case SUNGLASSES -> p.draft().frame() != null && p.draft().frame().rxAble()
                    ? "Available. Ships in 2 to 3 working days, or with prescription lenses in about 10."
                    : "Available. Ships in 2 to 3 working days.";
            case SERVICES -> "Book in any of our stores.";
            default -> "Available. Ships in 2 to 3 working days.";
        };
    }

    private String jsonLd(ProductDetails p, @Nullable Variant chosen, @Nullable PriceQuote quote, String canonical,
                          List<ProductPage.Image> images, String availability) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("@context", "https://schema.org");
        product.put("@type", "Product");
        product.put("name", p.brand() + " " + p.name());
        product.put("description", p.draft().description());
        product.put("brand", Map.of("@type", "Brand", "name", p.brand()));
        product.put("category", p.category().label());
        product.put("url", canonical);
        if (chosen != null) {
            product.put("sku", chosen.sku());
            if (chosen.barcode() != null) {
                product.put(chosen.barcode().length() == 13 ? "gtin13" : "gtin12", chosen.barcode());
            }
        } else {
            product.put("sku", p.code());
        }
        if (!images.isEmpty()) {
            product.put("image", images.stream().map(i -> baseUrl + i.src()).toList());
        }
        if (quote != null) {
            product.put("offers", Map.of("@type", "Offer", "price", quote.total().amount().toPlainString(),
                    "priceCurrency", quote.currency().getCurrencyCode(), "url", canonical,
                    "availability", availability,
                    "itemCondition", "https://schema.org/NewCondition"));
        }
        // </script> inside a string would end the block: escape the slash
        return json.writeValueAsString(product).replace("</", "<\\/");
    }

    private static String join(List<BigDecimal> values) {
        return values.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(", "));
    }

    static String signed(BigDecimal value) {
        String plain = value.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
        return value.signum() > 0 ? "+" + plain : plain;
    }
}
