package dev.focal.catalog;

import dev.focal.catalog.FrameSpec.Colour;
import dev.focal.catalog.FrameSpec.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Uniquely named products for tests that share one database with the demo catalog. */
public final class CatalogTestData {

    private CatalogTestData() {
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    public static ProductDraft frame(String code, String brand, String name, FrameSpec.Shape shape, String... colours) {
        var list = java.util.Arrays.stream(colours).map(c -> new Colour(c.substring(0, 3).toUpperCase(), c, "#333333",
                BigDecimal.ZERO)).toList();
        return new ProductDraft(Category.EYEGLASSES, code, name, brand, "A test frame called " + name + ".", "STANDARD",
                new FrameSpec(shape, FrameSpec.Material.ACETATE, FrameSpec.RimType.FULL, FrameSpec.Gender.UNISEX,
                        FrameSpec.AgeGroup.ADULT, FrameSpec.FaceWidth.MEDIUM, true, list,
                        List.of(new Size(48, 40, 18, 52, 140), new Size(54, 42, 19, 57, 145)), List.of()),
                null, null, List.of());
    }

    public static ProductDraft withVariants(ProductDraft draft, List<Variant> variants) {
        return new ProductDraft(draft.category(), draft.code(), draft.name(), draft.brand(), draft.description(),
                draft.taxClass(), draft.frame(), draft.lens(), draft.contactLens(), variants);
    }
}
