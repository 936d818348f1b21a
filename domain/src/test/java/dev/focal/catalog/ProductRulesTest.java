package dev.focal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.catalog.CatalogExceptions.InvalidProduct;
import dev.focal.catalog.ContactLensSpec.Modality;
import dev.focal.catalog.FrameSpec.Colour;
import dev.focal.catalog.FrameSpec.Size;
import dev.focal.catalog.LensSpec.Availability;
import dev.focal.catalog.LensSpec.CoatingOption;
import dev.focal.catalog.LensSpec.LensType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductRulesTest {

    static FrameSpec frame(List<Size> sizes, List<BigDecimal> powers) {
        return new FrameSpec(FrameSpec.Shape.ROUND, FrameSpec.Material.ACETATE, FrameSpec.RimType.FULL,
                FrameSpec.Gender.UNISEX, FrameSpec.AgeGroup.ADULT, FrameSpec.FaceWidth.MEDIUM, true,
                List.of(new Colour("blk", "Black", "#111111", BigDecimal.ZERO),
                        new Colour("TRT", "Tortoise", "#6B3E1F", new BigDecimal("10.00"))),
                sizes, powers);
    }

    static ProductDraft draft(Category category, FrameSpec frame, List<Variant> variants) {
        return new ProductDraft(category, " fr-9001 ", "Luna", "Aurelia", "", "standard", frame, null, null, variants);
    }

    @Test
    void an_empty_variant_list_becomes_every_colour_times_size_with_generated_skus() {
        var checked = ProductRules.check(draft(Category.EYEGLASSES,
                frame(List.of(new Size(50, 40, 18, 54, 140), new Size(52, 41, 18, 56, 145)), List.of()), List.of()));

        assertThat(checked.code()).isEqualTo("FR-9001");
        assertThat(checked.taxClass()).isEqualTo("STANDARD");
        assertThat(checked.frame().colours()).extracting(Colour::code).containsExactly("BLK", "TRT");
        assertThat(checked.frame().colours().get(1).swatch()).isEqualTo("#6b3e1f");
        assertThat(checked.variants()).extracting(Variant::sku).containsExactly("FR-9001-BLK-50-18", "FR-9001-BLK-52-18",
                "FR-9001-TRT-50-18", "FR-9001-TRT-52-18");
    }

    @Test
    void readers_get_one_variant_per_power_and_other_frames_may_not_have_powers() {
        var readers = ProductRules.check(draft(Category.READERS, frame(List.of(new Size(50, 30, 18, 53, 140)),
                List.of(new BigDecimal("1.5"), new BigDecimal("2.00"))), List.of()));
        assertThat(readers.variants()).extracting(Variant::sku).contains("FR-9001-BLK-50-18-P150", "FR-9001-TRT-50-18-P200");

        assertThatThrownBy(() -> ProductRules.check(draft(Category.EYEGLASSES, frame(List.of(new Size(50, 30, 18, 53, 140)),
                List.of(BigDecimal.ONE)), List.of())))
                .isInstanceOfSatisfying(InvalidProduct.class, e -> assertThat(e.field()).isEqualTo("readerPowers"));
        assertThatThrownBy(() -> ProductRules.check(draft(Category.READERS, frame(List.of(new Size(50, 30, 18, 53, 140)),
                List.of(new BigDecimal("1.10"))), List.of())))
                .hasMessageContaining("0.25 steps");
    }

    @Test
    void a_bad_measurement_names_its_size_and_field() {
        assertThatThrownBy(() -> ProductRules.check(draft(Category.EYEGLASSES,
                frame(List.of(new Size(50, 40, 18, 54, 140), new Size(52, 12, 18, 56, 140)), List.of()), List.of())))
                .isInstanceOfSatisfying(InvalidProduct.class, e -> {
                    assertThat(e.field()).isEqualTo("sizes[1].b");
                    assertThat(e.getMessage()).contains("B (lens depth)", "15", "70");
                });
        assertThatThrownBy(() -> ProductRules.check(draft(Category.EYEGLASSES,
                frame(List.of(new Size(54, 40, 18, 50, 140)), List.of()), List.of())))
                .isInstanceOfSatisfying(InvalidProduct.class, e -> assertThat(e.field()).isEqualTo("sizes[0].ed"));
    }

    @Test
    void variants_must_name_existing_colours_and_sizes_and_carry_valid_unique_barcodes() {
        var frame = frame(List.of(new Size(50, 40, 18, 54, 140)), List.of());
        assertThatThrownBy(() -> ProductRules.check(draft(Category.EYEGLASSES, frame,
                List.of(new Variant("FR-9001-RED", "RED", "50-18-140", null, null, Variant.Status.ACTIVE)))))
                .isInstanceOfSatisfying(InvalidProduct.class, e -> assertThat(e.field()).isEqualTo("variants[0].colour"));
        assertThatThrownBy(() -> ProductRules.check(draft(Category.EYEGLASSES, frame,
                List.of(new Variant("FR-9001-BLK", "BLK", "50-18-140", null, "4006381333932", Variant.Status.ACTIVE)))))
                .isInstanceOfSatisfying(InvalidProduct.class, e -> assertThat(e.field()).isEqualTo("variants[0].barcode"));
        assertThatThrownBy(() -> ProductRules.check(draft(Category.EYEGLASSES, frame,
                List.of(new Variant("A1", "BLK", "50-18-140", null, null, Variant.Status.ACTIVE),
                        new Variant("A2", "BLK", "50-18-140", null, null, Variant.Status.ACTIVE)))))
                .hasMessageContaining("has two SKUs");
    }

    @Test
    void gtin_check_digits_are_verified_and_computed() {
        assertThat(ProductRules.validGtin("4006381333931")).isTrue();
        assertThat(ProductRules.validGtin("036000291452")).isTrue();
        assertThat(ProductRules.validGtin("4006381333932")).isFalse();
        assertThat(ProductRules.validGtin("40063813339")).isFalse();
        assertThat(ProductRules.withCheckDigit("400638133393")).isEqualTo("4006381333931");
        assertThat(ProductRules.withCheckDigit("03600029145")).isEqualTo("036000291452");
    }

    @Test
    void multifocal_lenses_need_an_add_range_and_a_fitting_height_and_included_coatings_must_combine() {
        var row = new Availability("1.60", "MR-8", new BigDecimal("-8"), new BigDecimal("6"), new BigDecimal("4"), null,
                null, BigDecimal.ZERO, List.of(70), null, false, 7);
        assertThatThrownBy(() -> ProductRules.check(new ProductDraft(Category.LENSES, "LN-1", "Pro", "Lab", "", "STANDARD",
                null, new LensSpec(LensType.PROGRESSIVE, "Soft", List.of(row), List.of()), null, List.of())))
                .isInstanceOfSatisfying(InvalidProduct.class, e -> assertThat(e.field()).isEqualTo("availability[0].addMin"));
        assertThatThrownBy(() -> ProductRules.check(new ProductDraft(Category.LENSES, "LN-1", "SV", "Lab", "", "STANDARD",
                null, new LensSpec(LensType.SINGLE_VISION, "Plain", List.of(row),
                List.of(new CoatingOption(Coating.PHOTOCHROMIC, true), new CoatingOption(Coating.POLARISED, true))), null,
                List.of())))
                .isInstanceOfSatisfying(InvalidProduct.class, e -> assertThat(e.field()).isEqualTo("coatings"));
        assertThat(Coating.conflicts(List.of(Coating.TINT, Coating.ANTI_REFLECTIVE))).isEmpty();
        assertThat(Coating.conflicts(List.of(Coating.TINT, Coating.PHOTOCHROMIC))).hasSize(1);
    }

    @Test
    void toric_contact_lenses_need_cylinders_and_sell_as_one_sku() {
        var toric = new ContactLensSpec(Modality.DAILY, 30, List.of(new BigDecimal("8.6")), List.of(new BigDecimal("14.5")),
                new BigDecimal("-9"), new BigDecimal("4"), true, List.of(), false, List.of());
        assertThatThrownBy(() -> ProductRules.check(new ProductDraft(Category.CONTACT_LENSES, "CL-1", "Day", "Bright", "",
                "STANDARD", null, null, toric, List.of())))
                .isInstanceOfSatisfying(InvalidProduct.class, e -> assertThat(e.field()).isEqualTo("cylinders"));
        var plain = new ContactLensSpec(Modality.MONTHLY, 6, List.of(new BigDecimal("8.6")), List.of(new BigDecimal("14.2")),
                new BigDecimal("-9"), new BigDecimal("4"), false, List.of(), false, List.of());
        var checked = ProductRules.check(new ProductDraft(Category.CONTACT_LENSES, "cl-1", "Month", "Bright", "",
                "STANDARD", null, null, plain, List.of()));
        assertThat(checked.variants()).extracting(Variant::sku).containsExactly("CL-1");
        assertThat(plain.supplyDays()).isEqualTo(90);
    }
}
