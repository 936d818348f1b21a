package dev.focal.catalog;

import dev.focal.catalog.CatalogExceptions.InvalidProduct;
import dev.focal.catalog.CatalogExceptions.ProductChanged;
import dev.focal.catalog.CatalogExceptions.ProductNotFound;
import dev.focal.catalog.FrameSpec.Size;
import dev.focal.shared.Ids;
import java.text.Normalizer;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog: create and edit products, move them between draft, active and archived, and read them.
 * Staff with catalog duties edit (admins); every staff role may read; the storefront and the public API see
 * only active products. Each change rewrites the product's search document and publishes
 * {@link ProductUpdated} in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {


    private final ProductStore store;
    private final SearchDocuments documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Catalog(ProductStore store, SearchDocuments documents, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a product as a draft.
     *
     * @throws InvalidProduct naming the field of the first problem, including a code, SKU or barcode in use
     */
    @Transactional
    @PreAuthorize(CatalogAccess.EDITORS)
    public ProductId create(ProductDraft draft) {
        ProductDraft checked = checkNew(draft);
        UUID id = Ids.newId();
        try {
            store.insert(id, checked, uniqueSlug(checked), ProductStatus.DRAFT, clock.instant());
        } catch (DuplicateKeyException raced) {
            throw new InvalidProduct("code", "The code, a SKU or a barcode was taken a moment ago by another product."
                    + " Check them and save again.");
        }
        changed(id, List.of());
        return new ProductId(id);
    }

    /**
     * Replaces a product's data when nobody saved it since {@code version} was read.
     *
     * @throws ProductChanged when someone else saved it in between (nothing is written)
     * @throws InvalidProduct naming the field of the first problem
     */
    @Transactional
    @PreAuthorize(CatalogAccess.EDITORS)
    public void update(ProductId id, long version, ProductDraft draft) {
        var header = store.header(id.value()).orElseThrow(() -> new ProductNotFound(id.toString()));
        ProductDraft checked = checkExisting(header, draft);
        var before = store.skusOf(id.value());
        if (!store.update(id.value(), version, checked, clock.instant())) {
            throw new ProductChanged(header.code());
        }
        changed(id.value(), before);
    }

    /**
     * Moves a product to another state. Activating needs at least one active SKU (frames, contact lenses,
     * accessories, services) or one availability row (lenses), which the rules already ensure.
     *
     * @throws ProductChanged when someone else saved it since {@code version}
     */
    @Transactional
    @PreAuthorize(CatalogAccess.EDITORS)
    public void changeStatus(ProductId id, long version, ProductStatus status) {
        var details = store.details(id.value()).orElseThrow(() -> new ProductNotFound(id.toString()));
        if (status == ProductStatus.ACTIVE && details.category().kind() != ProductKind.LENS
                && details.draft().variants().stream().noneMatch(v -> v.status() == Variant.Status.ACTIVE)) {
            throw new InvalidProduct("status", "Give the product at least one active SKU before activating it.");
        }
        if (!store.setStatus(id.value(), version, status, clock.instant())) {
            throw new ProductChanged(details.code());
        }
        changed(id.value(), List.of());
    }

    @PreAuthorize(CatalogAccess.STAFF)
    public ProductDetails get(ProductId id) {
        return store.details(id.value()).map(this::derive).orElseThrow(() -> new ProductNotFound(id.toString()));
    }

    @PreAuthorize(CatalogAccess.STAFF)
    public Optional<ProductDetails> findByCode(String code) {
        return store.idByCode(code.strip().toUpperCase(Locale.ROOT)).flatMap(store::details).map(this::derive);
    }

    @PreAuthorize(CatalogAccess.STAFF)
    public List<ProductSummary> find(ProductFilter filter, int offset, int limit) {
        return store.summaries(filter, Math.max(0, offset), Math.clamp(limit, 1, 500));
    }

    @PreAuthorize(CatalogAccess.STAFF)
    public int count(ProductFilter filter) {
        return store.count(filter);
    }

    /** An active product by its URL slug: what the storefront shows. */
    @PreAuthorize("permitAll()")
    public Optional<ProductDetails> findActiveBySlug(String slug) {
        return store.idBySlug(slug).flatMap(store::details).filter(p -> p.status() == ProductStatus.ACTIVE)
                .map(this::derive);
    }

    /** An active product by ID: what the public API shows. */
    @PreAuthorize("permitAll()")
    public Optional<ProductDetails> findActive(ProductId id) {
        return store.details(id.value()).filter(p -> p.status() == ProductStatus.ACTIVE).map(this::derive);
    }

    /** The product a SKU belongs to, if active (any state for staff callers through {@link #findBySkuForStaff}). */
    @PreAuthorize("permitAll()")
    public Optional<SkuFacts> findActiveSku(String sku) {
        return findBySku(sku).filter(f -> f.productStatus() == ProductStatus.ACTIVE
                && f.variant().status() == Variant.Status.ACTIVE);
    }

    @PreAuthorize(CatalogAccess.STAFF)
    public Optional<SkuFacts> findBySkuForStaff(String sku) {
        return findBySku(sku);
    }

    /**
     * The SKU a scanner read: its barcode (EAN-13, UPC-A, GTIN-14) or the SKU code itself (as SKU labels carry
     * it in Code 128). Any product state, for staff.
     */
    @PreAuthorize(CatalogAccess.STAFF)
    public Optional<SkuFacts> findByScanForStaff(String scanned) {
        String code = scanned == null ? "" : scanned.strip();
        if (code.matches("[0-9]{8,14}")) {
            Optional<SkuFacts> byBarcode = store.skuByBarcode(code).flatMap(this::findBySku);
            if (byBarcode.isPresent()) {
                return byBarcode;
            }
        }
        return findBySku(code);
    }

    private Optional<SkuFacts> findBySku(String sku) {
        String key = sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
        return store.idBySku(key).flatMap(store::details).map(p -> facts(p,
                p.draft().variants().stream().filter(v -> v.sku().equals(key)).findFirst().orElseThrow()));
    }

    private static SkuFacts facts(ProductDetails p, Variant variant) {
        return new SkuFacts(p.id(), p.code(), p.slug(), p.name(), p.brand(), p.category(), p.draft().taxClass(),
                p.status(), variant, colourName(p, variant), sizeOf(p, variant));
    }

    /** Active lens products, for lens choice and the price preview. */
    @PreAuthorize("permitAll()")
    public List<ProductDetails> activeLenses() {
        return store.summaries(new ProductFilter(null, java.util.Set.of(Category.LENSES), ProductStatus.ACTIVE), 0, 500)
                .stream().map(s -> store.details(s.id().value()).orElseThrow()).toList();
    }

    /** Slugs and last change of every active product, for the sitemap. */
    @PreAuthorize("permitAll()")
    public List<SitemapEntry> sitemap() {
        return store.sitemap();
    }

    /** The search document of a product as it is now (for reindexing a search backend). */
    @PreAuthorize("permitAll()")
    public Optional<SearchDocument> searchDocument(ProductId id) {
        return store.details(id.value()).map(documents::build);
    }

    /** Every product ID, oldest first (for a full reindex). */
    @PreAuthorize("permitAll()")
    public List<ProductId> allProductIds() {
        return store.allIds().stream().map(ProductId::new).toList();
    }

    /**
     * A frame size suits progressive lenses when its depth B leaves room for the shortest minimum fitting
     * height on offer with the pupil at the box centre: B >= 2 x that height (14 mm gives the usual 28 mm).
     * Null when no progressive lens is active.
     */
    @PreAuthorize("permitAll()")
    public Optional<Integer> shortestProgressiveFittingHeight() {
        return store.shortestProgressiveFittingHeight();
    }

    static boolean progressiveEligible(Size size, int shortestFittingHeight) {
        return size.b() >= 2 * shortestFittingHeight;
    }

    ProductDetails derive(ProductDetails details) {
        FrameSpec frame = details.draft().frame();
        if (frame == null) {
            return details;
        }
        Boolean eligible = store.shortestProgressiveFittingHeight()
                .map(h -> frame.sizes().stream().anyMatch(s -> progressiveEligible(s, h)))
                .orElse(false);
        return new ProductDetails(details.id(), details.version(), details.draft(), details.slug(), details.status(),
                details.media(), eligible && frame.rxAble(), details.createdAt(), details.updatedAt());
    }

    /** Rewrites the search document and tells the world; {@code before} lists SKUs the product had. */
    void changed(UUID id, List<String> before) {
        var details = store.details(id).orElseThrow();
        documents.write(details);
        var skus = new HashSet<>(before);
        details.draft().variants().forEach(v -> skus.add(v.sku()));
        var current = details.draft().variants().stream().map(v -> SkuSummary.of(facts(details, v))).toList();
        events.publishEvent(new ProductUpdated(details.id(), details.code(), details.status(), skus, current));
    }

    /**
     * Everything {@link #create} checks before writing; the CSV import's dry run checks the same way. A
     * refusal here leaves the caller's transaction usable (the import reports it and carries on).
     */
    @Transactional(readOnly = true, noRollbackFor = InvalidProduct.class)
    ProductDraft checkNew(ProductDraft draft) {
        ProductDraft checked = ProductRules.check(draft);
        if (store.idByCode(checked.code()).isPresent()) {
            throw new InvalidProduct("code", "The code " + checked.code() + " is already used by another product.");
        }
        checkUnique(checked, null);
        return checked;
    }

    /** Everything {@link #update} checks before writing, except the version. */
    @Transactional(readOnly = true, noRollbackFor = InvalidProduct.class)
    ProductDraft checkExisting(ProductStore.Header header, ProductDraft draft) {
        ProductDraft checked = ProductRules.check(draft);
        if (!checked.code().equals(header.code())) {
            throw new InvalidProduct("code", "The code of a product cannot change (it is " + header.code() + ").");
        }
        if (checked.category().kind() != header.category().kind()) {
            throw new InvalidProduct("category", "A " + header.category().label().toLowerCase(Locale.ROOT)
                    + " product cannot become " + checked.category().label().toLowerCase(Locale.ROOT) + ".");
        }
        checkUnique(checked, header.id());
        return checked;
    }

    private void checkUnique(ProductDraft draft, @Nullable UUID self) {
        var skus = draft.variants().stream().map(Variant::sku).toList();
        var takenSkus = store.skusOfOthers(skus, self);
        for (int i = 0; i < skus.size(); i++) {
            String owner = takenSkus.get(skus.get(i));
            if (owner != null) {
                throw new InvalidProduct("variants[" + i + "].sku", "The SKU " + skus.get(i)
                        + " belongs to product " + owner + ".");
            }
        }
        var barcodes = draft.variants().stream().map(Variant::barcode).filter(Objects::nonNull).toList();
        var takenBarcodes = store.barcodesOfOthers(barcodes, self);
        for (int i = 0; i < draft.variants().size(); i++) {
            String barcode = draft.variants().get(i).barcode();
            if (barcode != null && takenBarcodes.containsKey(barcode)) {
                throw new InvalidProduct("variants[" + i + "].barcode", "The barcode " + barcode
                        + " belongs to SKU " + takenBarcodes.get(barcode) + ".");
            }
        }
    }

    private String uniqueSlug(ProductDraft draft) {
        String base = slugify(draft.brand() + " " + draft.name());
        if (base.isEmpty()) {
            base = draft.code().toLowerCase(Locale.ROOT);
        }
        String slug = base;
        if (store.slugTaken(slug)) {
            slug = base + "-" + slugify(draft.code());
        }
        int n = 2;
        while (store.slugTaken(slug)) {
            slug = base + "-" + n++;
        }
        return slug;
    }

    static String slugify(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 100 ? slug.substring(0, 100).replaceAll("-$", "") : slug;
    }

    static @Nullable String colourName(ProductDetails p, Variant v) {
        FrameSpec frame = p.draft().frame();
        if (frame == null || v.colourCode() == null) {
            return null;
        }
        return frame.colours().stream().filter(c -> c.code().equals(v.colourCode())).map(FrameSpec.Colour::name)
                .findFirst().orElse(null);
    }

    static @Nullable Size sizeOf(ProductDetails p, Variant v) {
        FrameSpec frame = p.draft().frame();
        if (frame == null || v.sizeKey() == null) {
            return null;
        }
        return frame.sizes().stream().filter(s -> s.key().equals(v.sizeKey())).findFirst().orElse(null);
    }
}
