package dev.focal.catalog;

import dev.focal.catalog.FrameSpec.Size;
import dev.focal.optics.FrameFit;
import dev.focal.optics.LensDesign;
import dev.focal.optics.LensFeasibility;
import dev.focal.optics.OpticalRx;
import dev.focal.optics.WearerFacts;
import dev.focal.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optics engine applied to the catalog, for staff: which lens products and frame variants there are, and
 * whether a lens can be made for a prescription in a frame (with every reason and the index advice). Maps catalog
 * data onto the engine's own inputs ({@link LensDesign}, {@link FrameFit}); the engine never sees the catalog.
 */
@Service
@Transactional(readOnly = true)
public class LensFit {


    private final ProductStore store;
    private final LensFeasibility feasibility = LensFeasibility.standard();

    LensFit(ProductStore store) {
        this.store = store;
    }

    /** A frame SKU or lens code the check was asked about does not exist; {@code field} names the input. */
    public static final class UnknownChoice extends InvalidInput {

        public UnknownChoice(String field, String message) {
            super(field, message);
        }

        @Override
        public String field() {
            return fieldProblems().getFirst().field();
        }
    }

    /** Active lens products, by code. */
    @PreAuthorize(CatalogAccess.LENS_ADVISERS)
    public List<LensOption> lenses() {
        return store.summaries(new ProductFilter(null, Set.of(Category.LENSES), ProductStatus.ACTIVE), 0, 500).stream()
                .map(s -> store.details(s.id().value()).orElseThrow())
                .filter(p -> p.draft().lens() != null)
                .map(LensFit::choice)
                .toList();
    }

    /**
     * Active, active-SKU frame variants (eyeglasses, sunglasses, readers) whose SKU, barcode, model code, name or
     * brand contains {@code query}; when the query names SKUs, only those variants; at most {@code limit} (1 to 200).
     */
    @PreAuthorize(CatalogAccess.LENS_ADVISERS)
    public List<FrameOption> findFrames(String query, int limit) {
        int max = Math.clamp(limit, 1, 200);
        String text = query == null ? "" : query.strip();
        var filter = new ProductFilter(text.isEmpty() ? null : text,
                Set.of(Category.EYEGLASSES, Category.SUNGLASSES, Category.READERS), ProductStatus.ACTIVE);
        String upper = text.toUpperCase(Locale.ROOT);
        var found = new ArrayList<FrameOption>();
        for (ProductSummary summary : store.summaries(filter, 0, max)) {
            ProductDetails product = store.details(summary.id().value()).orElseThrow();
            List<Variant> variants = product.draft().variants().stream()
                    .filter(v -> v.status() == Variant.Status.ACTIVE).toList();
            List<Variant> bySku = variants.stream().filter(v -> v.sku().contains(upper)
                    || (v.barcode() != null && v.barcode().equals(text))).toList();
            for (Variant variant : bySku.isEmpty() ? variants : bySku) {
                frameChoice(product, variant).ifPresent(found::add);
                if (found.size() >= max) {
                    return List.copyOf(found);
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Whether the lens product {@code lensCode} can be made for {@code rx} in the frame variant {@code frameSku}.
     * Any product state, so staff can also check a lens or frame that is not on sale yet.
     *
     * @throws UnknownChoice when the frame SKU or lens code is unknown (field {@code frameSku} or {@code lensCode})
     */
    @PreAuthorize(CatalogAccess.LENS_ADVISERS)
    public FeasibilityAnswer check(OpticalRx rx, String frameSku, String lensCode, WearerFacts facts) {
        String sku = frameSku == null ? "" : frameSku.strip().toUpperCase(Locale.ROOT);
        FrameOption frame = store.idBySku(sku).flatMap(store::details)
                .filter(p -> p.draft().frame() != null)
                .flatMap(p -> p.draft().variants().stream().filter(v -> v.sku().equals(sku)).findFirst()
                        .flatMap(v -> frameChoice(p, v)))
                .orElseThrow(() -> new UnknownChoice("frameSku", sku.isEmpty() ? "Choose a frame (its SKU)."
                        : "There is no frame with the SKU " + sku + "."));
        String code = lensCode == null ? "" : lensCode.strip().toUpperCase(Locale.ROOT);
        ProductDetails lensProduct = store.idByCode(code).flatMap(store::details)
                .filter(p -> p.draft().lens() != null)
                .orElseThrow(() -> new UnknownChoice("lensCode", code.isEmpty() ? "Choose a lens (its code)."
                        : "There is no lens product with the code " + code + "."));
        LensSpec lens = lensProduct.draft().lens();
        return new FeasibilityAnswer(choice(lensProduct), frame,
                feasibility.check(rx, design(lensProduct.name(), lens), fit(frame), facts));
    }

    /** The engine's view of a lens product: its type, name and availability matrix per index. */
    static LensDesign design(String name, LensSpec lens) {
        return new LensDesign(LensDesign.Type.valueOf(lens.type().name()), name, lens.availability().stream()
                .map(a -> new LensDesign.IndexRange(a.index(), a.material(), a.sphMin(), a.sphMax(), a.cylMax(),
                        a.addMin(), a.addMax(), a.prismMax(), a.blankDiameters(), a.minFittingHeight()))
                .toList());
    }

    /** The engine's view of a frame size; rimless mounts are drilled; a frame not made for Rx lenses says so. */
    static FrameFit fit(FrameOption frame) {
        FrameFit.Rim rim = FrameFit.Rim.valueOf(frame.rimType().name());
        return FrameFit.of(frame.a(), frame.b(), frame.dbl(), frame.ed(), rim, frame.rxAble());
    }

    private static LensOption choice(ProductDetails product) {
        LensSpec lens = product.draft().lens();
        return new LensOption(product.id(), product.code(), product.name(), lens.type(), lens.design());
    }

    private static Optional<FrameOption> frameChoice(ProductDetails product, Variant variant) {
        FrameSpec frame = product.draft().frame();
        Size size = Catalog.sizeOf(product, variant);
        if (frame == null || size == null) {
            return Optional.empty();
        }
        String colour = Catalog.colourName(product, variant);
        return Optional.of(new FrameOption(variant.sku(), product.code(), product.name(), product.brand(),
                colour == null ? "" : colour, size.marking(), size.a(), size.b(), size.dbl(), size.ed(),
                frame.rimType(), frame.rxAble()));
    }
}
