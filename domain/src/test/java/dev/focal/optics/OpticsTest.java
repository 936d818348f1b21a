package dev.focal.optics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.optics.RxField.Eye;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpticsTest {

    /** DOMAIN.md: every transposition row, as written -> transposed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pl -1.25 x 175|-1.25 +1.25 x 085",
            "+1.25 +2.50 x 123|+3.75 -2.50 x 033",
            "-6.75 -2.50 x 013|-9.25 +2.50 x 103",
            "+0.25 -0.25 x 036|pl +0.25 x 126",
            "-3.50 +1.25 x 150|-2.25 -1.25 x 060",
            "-0.25 +0.50 x 089|+0.25 -0.50 x 179",
            "+4.00 -2.00 x 180|+2.00 +2.00 x 090"})
    void every_transposition_row_of_the_domain_table_holds_both_ways(String written, String transposed) {
        EyeRx a = EyeRx.parse(written);
        EyeRx b = EyeRx.parse(transposed);
        assertThat(a.transposed()).isEqualTo(b);
        assertThat(b.transposed()).isEqualTo(a);
        assertThat(a.sphericalEquivalent()).isEqualByComparingTo(b.sphericalEquivalent());
        assertThat(a.highestMeridian()).isEqualByComparingTo(b.highestMeridian());
        assertThat(a.minusCylinderForm()).isEqualTo(b.minusCylinderForm());
        assertThat(a.minusCylinderForm().cylinder().diopters().signum()).isLessThanOrEqualTo(0);
    }

    /**
     * The engine's own guard, independent of the form reader ({@link RxEntry} reports a missing axis at the field
     * before it builds an eye): code that builds an eye directly cannot leave the axis out either, down to the
     * weakest cylinder, and a spherical eye needs none.
     */
    @Test
    void the_engine_refuses_a_cylinder_without_an_axis_whoever_builds_the_eye() {
        assertThatThrownBy(() -> EyeRx.of(Sphere.of("-1.00"), Cylinder.of("-0.25"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A cylinder needs an axis (1 to 180).");
        assertThatThrownBy(() -> EyeRx.of(Sphere.of("+2.00"), Cylinder.of("+0.25"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A cylinder needs an axis (1 to 180).");
        assertThatThrownBy(() -> new ContactLensEye("Acuvue Oasys for Astigmatism", Sphere.of("-1.00"),
                new BigDecimal("8.6"), new BigDecimal("14.5"), Cylinder.of("-0.75"), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A toric lens needs an axis (1 to 180).");
        assertThatThrownBy(() -> EyeRx.of(Sphere.of("-1.00"), Cylinder.NONE, Axis.of(90)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An axis goes with a cylinder: enter the cylinder, or leave the axis empty.");

        assertThat(EyeRx.of(Sphere.of("-1.00"), Cylinder.of("-0.25"), Axis.of(180)).axis()).isEqualTo(Axis.of(180));
        assertThat(EyeRx.of(Sphere.of("-1.00"), Cylinder.of("0.00"), null).axis()).isNull();
        assertThat(new ContactLensEye("Acuvue Oasys", Sphere.of("-1.00"), new BigDecimal("8.4"),
                new BigDecimal("14.0"), Cylinder.NONE, null, null).axis()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-2.00 -1.00 x 180|-2.500|3.00", "+1.25 +2.50 x 123|2.500|3.75", "pl -0.25 x 090|-0.125|0.25",
            "-6.75 DS|-6.750|6.75", "+3.00 -4.00 x 10|1.000|3.00"})
    void spherical_equivalent_and_highest_meridian(String written, String se, String highest) {
        EyeRx eye = EyeRx.parse(written);
        assertThat(eye.sphericalEquivalent()).isEqualByComparingTo(se);
        assertThat(eye.highestMeridian()).isEqualByComparingTo(highest);
    }

    @Test
    void minus_ten_at_twelve_millimetres_is_minus_eight_ninety_three_at_the_cornea() {
        var result = Optics.atCornea(EyeRx.parse("-10.00 DS"), VertexDistance.of(12));
        assertThat(result.compensated()).isTrue();
        assertThat(result.exactSphere2()).isEqualByComparingTo("-8.93");
        assertThat(result.ordered().sphere().diopters()).isEqualByComparingTo("-9.00");
        assertThat(result.ordered().cylinder().isNone()).isTrue();
    }

    @Test
    void plus_powers_grow_at_the_cornea() {
        var result = Optics.atCornea(EyeRx.parse("+10.00 DS"), VertexDistance.of(12));
        // 10 / (1 - 0.12) = 11.3636...
        assertThat(result.exactSphere2()).isEqualByComparingTo("11.36");
        assertThat(result.ordered().sphere().diopters()).isEqualByComparingTo("11.25");
    }

    @Test
    void below_four_diopters_nothing_is_compensated() {
        var result = Optics.atCornea(EyeRx.parse("-3.50 -0.25 x 90"), VertexDistance.of(14));
        assertThat(result.compensated()).isFalse();
        assertThat(result.ordered()).isEqualTo(EyeRx.parse("-3.50 -0.25 x 90"));
        // the strongest meridian reaching 4.00 is enough
        assertThat(Optics.atCornea(EyeRx.parse("-3.75 -0.25 x 90"), VertexDistance.of(14)).compensated()).isTrue();
    }

    @Test
    void a_sphero_cylinder_is_compensated_per_meridian_and_rebuilt() {
        // meridians -6.00 and -9.00 at 12 mm: -6 / 1.072 = -5.597 and -9 / 1.108 = -8.123
        var result = Optics.atCornea(EyeRx.parse("-6.00 -3.00 x 180"), VertexDistance.of(12));
        assertThat(result.exactSphere2()).isEqualByComparingTo("-5.60");
        assertThat(result.exactMeridian().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("-8.12");
        assertThat(result.exactCylinder2()).isEqualByComparingTo("-2.53");
        assertThat(result.ordered()).isEqualTo(EyeRx.parse("-5.50 -2.50 x 180"));
    }

    @Test
    void a_plus_cylinder_prescription_is_compensated_in_minus_cylinder_form() {
        var plus = Optics.atCornea(EyeRx.parse("-9.00 +3.00 x 090"), VertexDistance.of(12));
        var minus = Optics.atCornea(EyeRx.parse("-6.00 -3.00 x 180"), VertexDistance.of(12));
        assertThat(plus.ordered()).isEqualTo(minus.ordered());
    }

    @Test
    void moving_a_lens_and_back_gives_the_same_power() {
        EyeRx eye = EyeRx.parse("-8.00 DS");
        var corneal = Optics.atCornea(eye, VertexDistance.STANDARD);
        BigDecimal back = Optics.effectivePower(corneal.exactSphere(), VertexDistance.STANDARD.metres().negate());
        assertThat(back.setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("-8.0000");
        var refit = Optics.atVertex(EyeRx.parse("+8.00 DS"), VertexDistance.of(14), VertexDistance.of(10));
        // moved 4 mm closer: 8 / (1 - 0.004 x 8) = 8.2645
        assertThat(refit.exactSphere2()).isEqualByComparingTo("8.26");
    }

    @Test
    void rounding_to_the_quarter_goes_to_the_weaker_power_on_a_tie() {
        assertThat(Optics.toQuarter(new BigDecimal("-8.93"))).isEqualByComparingTo("-9.00");
        assertThat(Optics.toQuarter(new BigDecimal("1.125"))).isEqualByComparingTo("1.00");
        assertThat(Optics.toQuarter(new BigDecimal("-1.125"))).isEqualByComparingTo("-1.00");
        assertThat(Optics.toQuarter(new BigDecimal("1.13"))).isEqualByComparingTo("1.25");
    }

    @Test
    void near_and_intermediate_prescriptions_come_from_the_addition() {
        SpectacleRx rx = SpectacleRx.of(EyeRx.parse("-1.00 -0.50 x 180").withAddition(Addition.of("+2.25")),
                EyeRx.parse("+0.50 DS").withAddition(Addition.of("+2.25")), PupillaryDistance.of("64"));
        SpectacleRx near = Optics.nearRx(rx);
        assertThat(near.right()).isEqualTo(EyeRx.parse("+1.25 -0.50 x 180"));
        assertThat(near.left()).isEqualTo(EyeRx.parse("+2.75 DS"));
        assertThat(near.multifocal()).isFalse();
        assertThat(near.pd().distance()).isEqualByComparingTo("61");
        SpectacleRx intermediate = Optics.intermediateRx(rx);
        // half of +2.25 is +1.125: the tie goes to less plus
        assertThat(intermediate.right()).isEqualTo(EyeRx.parse("+0.00 -0.50 x 180"));
        assertThat(intermediate.left()).isEqualTo(EyeRx.parse("+1.50 DS"));
        assertThat(intermediate.pd().distance()).isEqualByComparingTo("62.5");
        SpectacleRx sixty = Optics.intermediateRx(rx, new BigDecimal("0.60"));
        assertThat(sixty.left().sphere().diopters()).isEqualByComparingTo("1.75");
        assertThatThrownBy(() -> Optics.nearRx(SpectacleRx.of(EyeRx.parse("-1.00"), EyeRx.parse("-1.00"), null)))
                .hasMessageContaining("no");
    }

    @Test
    void a_monocular_pd_stays_monocular_in_the_near_prescription_each_eye_turning_in_by_half() {
        SpectacleRx rx = SpectacleRx.of(EyeRx.parse("-1.00").withAddition(Addition.of("+2.00")),
                EyeRx.parse("-1.00").withAddition(Addition.of("+2.00")), PupillaryDistance.of("31.5/33"));
        PupillaryDistance near = Optics.nearRx(rx).pd();
        assertThat(near.monocular()).isTrue();
        assertThat(near.right()).isEqualByComparingTo("30.0");
        assertThat(near.left()).isEqualByComparingTo("31.5");
    }

    @Test
    void a_monocular_pd_is_under_forty_millimetres() {
        assertThat(PupillaryDistance.of("39.5/31").right()).isEqualByComparingTo("39.5");
        assertThatThrownBy(() -> PupillaryDistance.of("40/31")).hasMessageContaining("20 to 39.5 mm");
    }

    @Test
    void prentice_plus_three_decentred_four_millimetres_gives_one_point_two() {
        assertThat(Optics.prentice(new BigDecimal("4"), new BigDecimal("3.00"))).isEqualByComparingTo("1.20");
        var induced = Optics.prismAt(EyeRx.parse("+3.00 DS"), Eye.RIGHT, new BigDecimal("4"), BigDecimal.ZERO);
        // looking 4 mm nasal of the centre of a plus lens: base toward the centre, base out
        assertThat(induced.horizontal()).isEqualByComparingTo("-1.20");
        assertThat(induced.horizontalBase()).isEqualTo(Prism.Base.OUT);
        var minus = Optics.prismAt(EyeRx.parse("-3.00 DS"), Eye.LEFT, new BigDecimal("4"), BigDecimal.ZERO);
        assertThat(minus.horizontal()).isEqualByComparingTo("1.20");
        assertThat(minus.horizontalBase()).isEqualTo(Prism.Base.IN);
    }

    @Test
    void a_cylinder_counts_with_its_power_in_the_meridian_of_decentration() {
        EyeRx eye = EyeRx.parse("+1.00 +2.00 x 090");
        // horizontal meridian: 1 + 2 sin²(180 - 90) = 3.00; vertical: 1 + 2 sin²(90 - 90) = 1.00
        assertThat(Optics.powerInMeridian(eye, 180)).isEqualByComparingTo("3.00");
        assertThat(Optics.powerInMeridian(eye, 90)).isEqualByComparingTo("1.00");
        var induced = Optics.prismAt(eye, Eye.RIGHT, new BigDecimal("4"), new BigDecimal("-4"));
        assertThat(induced.horizontal().abs()).isEqualByComparingTo("1.20");
        assertThat(induced.vertical()).isEqualByComparingTo("0.40");
        assertThat(induced.verticalBase()).isEqualTo(Prism.Base.UP);
        // an oblique axis: F(θ) = S + C sin²(θ - axis)
        assertThat(Optics.powerInMeridian(EyeRx.parse("-2.00 -2.00 x 045"), 180)).isEqualByComparingTo("-3.00");
    }

    @Test
    void vertical_imbalance_at_the_reading_point_comes_from_the_difference_of_the_eyes() {
        SpectacleRx rx = SpectacleRx.of(EyeRx.parse("+1.00 DS"), EyeRx.parse("+3.00 DS"), PupillaryDistance.of("64"));
        var imbalance = Optics.readingImbalance(rx);
        // 10 mm below: right 1.00 BU, left 3.00 BU; 2.00 imbalance, net base up on the left
        assertThat(imbalance.right().vertical()).isEqualByComparingTo("1.00");
        assertThat(imbalance.left().vertical()).isEqualByComparingTo("3.00");
        assertThat(imbalance.vertical()).isEqualByComparingTo("2.00");
        assertThat(imbalance.baseUpEye()).isEqualTo(Eye.LEFT);
        SpectacleRx same = SpectacleRx.of(EyeRx.parse("-4.00 -1.00 x 180"), EyeRx.parse("-4.00 -1.00 x 180"), null);
        assertThat(Optics.readingImbalance(same).vertical()).isEqualByComparingTo("0");
        assertThat(Optics.readingImbalance(same).baseUpEye()).isNull();
    }
}
