package dev.focal.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * A frame model's details: its style facts, colours, sizes (boxing system, ISO 8624) and, for readers, the
 * fixed powers it is sold in. Variants are colour x size (x power for readers); see {@link Variant}.
 */
public record FrameSpec(Shape shape, Material material, RimType rimType, Gender gender, AgeGroup ageGroup,
                        FaceWidth faceWidth, boolean rxAble, List<Colour> colours, List<Size> sizes,
                        List<BigDecimal> readerPowers) {

    public FrameSpec {
        colours = List.copyOf(colours);
        sizes = List.copyOf(sizes);
        readerPowers = List.copyOf(readerPowers);
    }

    public enum Shape { RECTANGLE, SQUARE, ROUND, OVAL, CAT_EYE, AVIATOR, BROWLINE, GEOMETRIC }

    public enum Material { ACETATE, METAL, TITANIUM, TR90, MIXED, WOOD }

    public enum RimType { FULL, SEMI, RIMLESS }

    public enum Gender { WOMEN, MEN, UNISEX }

    public enum AgeGroup { ADULT, TEEN, CHILD }

    public enum FaceWidth { NARROW, MEDIUM, WIDE }

    /** A colour of a model: code (part of the SKU), name, swatch as {@code #rrggbb}, surcharge over the model price. */
    public record Colour(String code, String name, String swatch, BigDecimal surcharge) {
    }

    /**
     * A size in millimetres: A (lens box width, the eye size), B (box depth), DBL (bridge), ED (effective
     * diameter) and temple length.
     */
    public record Size(int a, int b, int dbl, int ed, int temple) {

        /** As opticians write it: {@code 52□18-140}. */
        public String marking() {
            return a + "\u25A1" + dbl + "-" + temple;
        }

        /** The key used in variant specs and CSV files: {@code 52-18-140}. */
        public String key() {
            return a + "-" + dbl + "-" + temple;
        }

        /** Small below 50 mm eye size, large from 54 mm: the storefront's size facet. */
        public SizeClass sizeClass() {
            return a < 50 ? SizeClass.SMALL : a < 54 ? SizeClass.MEDIUM : SizeClass.LARGE;
        }
    }

    public enum SizeClass { SMALL, MEDIUM, LARGE }
}
