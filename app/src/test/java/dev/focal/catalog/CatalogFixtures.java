package dev.focal.catalog;

import dev.focal.catalog.FrameSpec.AgeGroup;
import dev.focal.catalog.FrameSpec.Colour;
import dev.focal.catalog.FrameSpec.FaceWidth;
import dev.focal.catalog.FrameSpec.Gender;
import dev.focal.catalog.FrameSpec.Material;
import dev.focal.catalog.FrameSpec.RimType;
import dev.focal.catalog.FrameSpec.Shape;
import dev.focal.catalog.FrameSpec.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Test data for catalog tests: unique codes, a two-colour two-size frame, valid barcodes. */
public final class CatalogFixtures {

    private CatalogFixtures() {
    }

    public static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static ProductDraft frame(String code) {
        return new ProductDraft(Category.EYEGLASSES, code, "Model " + code, "Lumen", "A test frame.", "STANDARD",
                new FrameSpec(Shape.ROUND, Material.ACETATE, RimType.FULL, Gender.UNISEX, AgeGroup.ADULT,
                        FaceWidth.MEDIUM, true,
                        List.of(new Colour("BLK", "Black", "#111111", BigDecimal.ZERO),
                                new Colour("TOR", "Tortoise", "#8b5a2b", new BigDecimal("10.00"))),
                        List.of(new Size(50, 40, 18, 54, 140), new Size(52, 42, 18, 56, 145)), List.of()),
                null, null, List.of());
    }

    /** A random, valid EAN-13 in the 20-29 "in-store" range, so it never collides with real products. */
    public static String barcode() {
        var body = new StringBuilder("2");
        for (int i = 0; i < 11; i++) {
            body.append(ThreadLocalRandom.current().nextInt(10));
        }
        return ProductRules.withCheckDigit(body.toString());
    }
}
