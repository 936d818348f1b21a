package dev.focal.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything an editor or an import says about a product. The category decides the kind and which detail
 * part must be present: {@code frame} for eyeglasses, sunglasses and readers, {@code lens} for lenses,
 * {@code contactLens} for contact lenses. Frames may leave {@code variants} empty to get every colour x size
 * (x power) combination with generated SKUs.
 */
public record ProductDraft(Category category, String code, String name, String brand, String description,
                           String taxClass, @Nullable FrameSpec frame, @Nullable LensSpec lens,
                           @Nullable ContactLensSpec contactLens, List<Variant> variants) {

    public ProductDraft {
        variants = List.copyOf(variants);
    }

    public ProductKind kind() {
        return category.kind();
    }
}
