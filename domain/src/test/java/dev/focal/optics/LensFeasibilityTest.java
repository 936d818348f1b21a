package dev.focal.optics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.optics.Feasibility.Code;
import dev.focal.optics.Feasibility.Reason;
import dev.focal.optics.LensDesign.IndexRange;
import dev.focal.optics.RxField.Eye;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LensFeasibilityTest {

    static final LensFeasibility ENGINE = LensFeasibility.standard();
    static final FrameFit FRAME = FrameFit.of(52, 40, 18, 56, FrameFit.Rim.FULL);

    static IndexRange row(String index, String material, double sphMin, double sphMax, double cyl, @Nullable Double addMin,
                          @Nullable Double addMax, double prism, List<Integer> blanks, @Nullable Integer height) {
        return new IndexRange(index, material, BigDecimal.valueOf(sphMin), BigDecimal.valueOf(sphMax),
                BigDecimal.valueOf(cyl), addMin == null ? null : BigDecimal.valueOf(addMin),
                addMax == null ? null : BigDecimal.valueOf(addMax), BigDecimal.valueOf(prism), blanks, height);
    }

    static final LensDesign SINGLE_VISION = new LensDesign(LensDesign.Type.SINGLE_VISION, "Clarity Single Vision", List.of(
            row("1.50", "CR-39", -6, 6, 4, null, null, 3, List.of(65, 70), null),
            row("1.53", "Trivex", -8, 6, 4, null, null, 4, List.of(65, 70, 75), null),
            row("1.59", "Polycarbonate", -10, 8, 4, null, null, 4, List.of(65, 70, 75), null),
            row("1.60", "MR-8", -12, 8, 6, null, null, 5, List.of(65, 70, 75), null),
            row("1.67", "MR-7", -14, 10, 6, null, null, 5, List.of(65, 70, 75), null),
            row("1.74", "MR-174", -20, 12, 6, null, null, 5, List.of(65, 70), null)));
    static final LensDesign PROGRESSIVE = new LensDesign(LensDesign.Type.PROGRESSIVE, "Horizon Progressive Comfort", List.of(
            row("1.50", "CR-39", -8, 6, 4, 0.75, 3.5, 3, List.of(70, 75), 18),
            row("1.60", "MR-8", -12, 8, 4, 0.75, 3.5, 4, List.of(70, 75), 18),
            row("1.67", "MR-7", -14, 8, 4, 0.75, 3.5, 4, List.of(70, 75), 18)));
    static final LensDesign PLANO = new LensDesign(LensDesign.Type.NON_PRESCRIPTION, "Plano Sun", List.of(
            row("1.50", "CR-39", 0, 0, 0, null, null, 0, List.of(70, 75), null)));

    static SpectacleRx rx(String right, String left, @Nullable String add, @Nullable String pd) {
        EyeRx r = EyeRx.parse(right);
        EyeRx l = EyeRx.parse(left);
        if (add != null) {
            r = r.withAddition(Addition.of(add));
            l = l.withAddition(Addition.of(add));
        }
        return SpectacleRx.of(r, l, pd == null ? null : PupillaryDistance.of(pd));
    }

    static SpectacleRx withHeights(SpectacleRx rx, String height) {
        return new SpectacleRx(rx.right(), rx.left(), rx.pd(), FittingHeight.of(height), FittingHeight.of(height), rx.vertex());
    }

    static List<Code> codes(List<Reason> reasons) {
        return reasons.stream().map(Reason::code).distinct().toList();
    }

    @Test
    void a_frame_not_made_for_prescription_lenses_takes_no_prescription_lens() {
        FrameFit sunglasses = FrameFit.of(52, 40, 18, 56, FrameFit.Rim.FULL, false);
        SpectacleRx myope = rx("-2.00 DS", "-2.25 DS", null, "64");

        Feasibility answer = ENGINE.check(myope, SINGLE_VISION, sunglasses, WearerFacts.ADULT);

        assertThat(answer.makeable()).isFalse();
        assertThat(codes(answer.reasons())).containsExactly(Code.FRAME_NOT_FOR_PRESCRIPTION);
        assertThat(answer.advice().recommended()).isNull();
        assertThat(ENGINE.check(rx("pl", "pl", null, null), PLANO, sunglasses, WearerFacts.ADULT).makeable()).isTrue();
        assertThat(ENGINE.check(myope, SINGLE_VISION, FRAME, WearerFacts.ADULT).makeable()).isTrue();
    }

    @Test
    void minimum_blank_size_follows_the_domain_example() {
        // A 52, DBL 18, PD 64 -> d = 3; ED 56 -> MBS = 56 + 6 + 2 = 64
        FrameFit frame = FrameFit.of(52, 40, 18, 56, FrameFit.Rim.FULL);
        assertThat(ENGINE.minimumBlankSize(frame, new BigDecimal("32"))).isEqualByComparingTo("64");
        // monocular: A/2 + DBL/2 - monoPD = 26 + 9 - 30 = 5 -> 56 + 10 + 2
        assertThat(ENGINE.minimumBlankSize(frame, new BigDecimal("30"))).isEqualByComparingTo("68");
        // a PD wider than the frame PD decentres outward and needs the larger blank too
        assertThat(ENGINE.minimumBlankSize(frame, new BigDecimal("37"))).isEqualByComparingTo("62");
    }

    @Test
    void an_everyday_prescription_is_makeable_and_gets_the_table_index() {
        var answer = ENGINE.check(rx("-2.75 -0.50 x 180", "-2.50 DS", null, "64"), SINGLE_VISION, FRAME, WearerFacts.ADULT);
        assertThat(answer.makeable()).isTrue();
        assertThat(answer.reasons()).isEmpty();
        assertThat(answer.advice().ruleIndex()).isEqualTo("1.60");
        assertThat(answer.advice().recommended()).isEqualTo("1.60");
        assertThat(answer.advice().ruleVersion()).isEqualTo("lens-rules 2026.1");
        assertThat(answer.advice().explanation()).contains("3.25 D", "recommends 1.60", "order 1.60");
        assertThat(answer.advice().required()).isEmpty();
        assertThat(answer.indexes()).hasSize(6).allMatch(Feasibility.IndexVerdict::allowed);
    }

    @Test
    void a_strong_minus_is_out_of_range_in_low_indexes_and_the_next_index_is_recommended() {
        var answer = ENGINE.check(rx("-11.00 -1.00 x 10", "-10.50 DS", null, "64"), SINGLE_VISION, FRAME, WearerFacts.ADULT);
        assertThat(answer.makeable()).isTrue();
        assertThat(answer.advice().ruleIndex()).isEqualTo("1.74");
        assertThat(answer.advice().recommended()).isEqualTo("1.74");
        var v150 = answer.indexes().getFirst();
        assertThat(v150.makeable()).isFalse();
        assertThat(codes(v150.reasons())).contains(Code.SPHERE_OUT_OF_RANGE, Code.MERIDIAN_OUT_OF_RANGE);
        assertThat(v150.reasons()).anyMatch(r -> r.eye() == Eye.RIGHT && r.message().contains("-11.00"));
        // the 1.60 stops at -12.00: its sphere fits, the stronger meridian -12.00 just fits too
        assertThat(answer.indexes().get(3).makeable()).isTrue();
    }

    @Test
    void when_the_table_index_is_not_makeable_the_lowest_makeable_one_above_it_is_recommended() {
        // the table says 1.50 for -1.00, but a wide frame with a narrow PD needs a bigger blank than 1.50 has
        FrameFit wide = FrameFit.of(56, 40, 20, 62, FrameFit.Rim.FULL);
        var answer = ENGINE.check(rx("-1.00 DS", "-1.00 DS", null, "58"), SINGLE_VISION, wide, WearerFacts.ADULT);
        // d = 38 - 29 = 9 -> MBS = 62 + 18 + 2 = 82: nothing has 82 mm
        assertThat(answer.makeable()).isFalse();
        assertThat(codes(answer.reasons())).containsExactly(Code.BLANK_TOO_SMALL);
        assertThat(answer.reasons()).anyMatch(r -> r.message().contains("82 mm"));
        var narrowerPd = ENGINE.check(rx("-1.00 DS", "-1.00 DS", null, "64"), SINGLE_VISION, wide, WearerFacts.ADULT);
        // d = 6 -> MBS 76: 1.50 and 1.74 stop at 70, 1.53 and up have 75... still too small
        assertThat(narrowerPd.makeable()).isFalse();
        var wider = ENGINE.check(rx("-1.00 DS", "-1.00 DS", null, "66"), SINGLE_VISION, wide, WearerFacts.ADULT);
        // d = 5 -> MBS 74: only the 75 mm blanks fit: 1.53 is the lowest above the table's 1.50
        assertThat(wider.makeable()).isTrue();
        assertThat(wider.advice().ruleIndex()).isEqualTo("1.50");
        assertThat(wider.advice().recommended()).isEqualTo("1.53");
        assertThat(wider.advice().explanation()).contains("cannot be made in", "1.53");
    }

    @Test
    void children_require_polycarbonate_or_trivex() {
        var child = new WearerFacts(true, false, false, WearerFacts.Use.AS_PRESCRIBED);
        var answer = ENGINE.check(rx("-3.00 DS", "-3.25 DS", null, "56"), SINGLE_VISION, FrameFit.of(44, 32, 16, 48,
                FrameFit.Rim.FULL), child);
        assertThat(answer.makeable()).isTrue();
        assertThat(answer.advice().required()).containsExactly("1.59", "1.53");
        assertThat(answer.advice().allowed()).containsExactly("1.53", "1.59");
        assertThat(answer.advice().ruleIndex()).isEqualTo("1.60");
        // nothing allowed reaches 1.60: the thinnest allowed is the best available
        assertThat(answer.advice().recommended()).isEqualTo("1.59");
        assertThat(answer.advice().explanation()).contains("children", "1.59");
        assertThat(answer.indexes().stream().filter(v -> v.index().equals("1.60")).findFirst().orElseThrow().reasons())
                .extracting(Reason::code).containsExactly(Code.MATERIAL_REQUIRED);
    }

    @Test
    void rimless_frames_without_a_polycarbonate_or_trivex_lens_cannot_be_made() {
        var answer = ENGINE.check(rx("-1.00 DS", "-1.00 DS", null, "64"), PROGRESSIVE,
                FrameFit.of(52, 30, 18, 56, FrameFit.Rim.RIMLESS), WearerFacts.ADULT);
        assertThat(answer.makeable()).isFalse();
        assertThat(codes(answer.reasons())).contains(Code.MATERIAL_REQUIRED, Code.ADD_MISSING);
        assertThat(answer.advice().allowed()).isEmpty();
        assertThat(answer.advice().recommended()).isNull();
    }

    @Test
    void progressives_need_an_addition_a_deep_enough_frame_and_a_fitting_height_that_fits() {
        SpectacleRx noAdd = rx("+1.00 DS", "+1.00 DS", null, "64");
        assertThat(codes(ENGINE.check(noAdd, PROGRESSIVE, FRAME, WearerFacts.ADULT).reasons()))
                .containsExactly(Code.ADD_MISSING);

        SpectacleRx highAdd = rx("+1.00 DS", "+1.00 DS", "+3.75", "64");
        assertThat(codes(ENGINE.check(highAdd, PROGRESSIVE, FRAME, WearerFacts.ADULT).reasons()))
                .containsExactly(Code.ADD_OUT_OF_RANGE);

        FrameFit shallow = FrameFit.of(52, 26, 18, 56, FrameFit.Rim.FULL);
        var answer = ENGINE.check(withHeights(rx("+1.00 DS", "+1.00 DS", "+2.00", "64"), "16"), PROGRESSIVE, shallow,
                WearerFacts.ADULT);
        assertThat(answer.makeable()).isFalse();
        assertThat(codes(answer.reasons())).contains(Code.FRAME_TOO_SHALLOW, Code.FITTING_HEIGHT_BELOW_MINIMUM);
        assertThat(answer.reasons()).anyMatch(r -> r.code() == Code.FRAME_TOO_SHALLOW && r.message().contains("28 mm"));

        FrameFit thirty = FrameFit.of(52, 30, 18, 56, FrameFit.Rim.FULL);
        var tooHigh = ENGINE.check(withHeights(rx("+1.00 DS", "+1.00 DS", "+2.00", "64"), "27"), PROGRESSIVE, thirty,
                WearerFacts.ADULT);
        assertThat(codes(tooHigh.reasons())).containsExactly(Code.FITTING_HEIGHT_ABOVE_FRAME);

        var fine = ENGINE.check(withHeights(rx("+1.00 DS", "+1.00 DS", "+2.00", "64"), "20"), PROGRESSIVE, thirty,
                WearerFacts.ADULT);
        assertThat(fine.makeable()).isTrue();
        assertThat(fine.notes()).isEmpty();
        assertThat(ENGINE.check(rx("+1.00 DS", "+1.00 DS", "+2.00", "64"), PROGRESSIVE, thirty, WearerFacts.ADULT).notes())
                .extracting(Reason::code).containsOnly(Code.HEIGHT_NOT_MEASURED);
    }

    @Test
    void a_multifocal_prescription_in_single_vision_lenses_needs_a_use() {
        SpectacleRx rx = rx("+5.00 DS", "+5.00 DS", "+2.50", "64");
        var asPrescribed = ENGINE.check(rx, SINGLE_VISION, FRAME, WearerFacts.ADULT);
        assertThat(codes(asPrescribed.reasons())).containsExactly(Code.USE_NOT_GIVEN);
        var distance = ENGINE.check(rx, SINGLE_VISION, FRAME, WearerFacts.ADULT.withUse(WearerFacts.Use.DISTANCE));
        assertThat(distance.makeable()).isTrue();
        assertThat(distance.advice().ruleIndex()).isEqualTo("1.67");
        // near: +7.50, beyond +6.00 in 1.50 and 1.53, fine from 1.59 (+8.00)
        var near = ENGINE.check(rx, SINGLE_VISION, FRAME, WearerFacts.ADULT.withUse(WearerFacts.Use.NEAR));
        assertThat(near.makeable()).isTrue();
        assertThat(near.advice().ruleIndex()).isEqualTo("1.74");
        assertThat(near.indexes().getFirst().reasons()).extracting(Reason::code).contains(Code.SPHERE_OUT_OF_RANGE);
    }

    @Test
    void contact_lens_prescriptions_never_make_glasses() {
        var eye = new ContactLensEye("Acuvue Oasys", Sphere.of("-2.00"), new BigDecimal("8.4"), new BigDecimal("14.0"),
                Cylinder.NONE, null, null);
        var answer = ENGINE.check(new ContactLensRx(eye, eye), SINGLE_VISION, FRAME, WearerFacts.ADULT);
        assertThat(answer.makeable()).isFalse();
        assertThat(codes(answer.reasons())).containsExactly(Code.CONTACT_LENS_RX);
        assertThat(answer.advice().recommended()).isNull();
    }

    @Test
    void plano_lenses_take_no_prescription() {
        assertThat(ENGINE.check(rx("pl", "pl", null, "64"), PLANO, FRAME, WearerFacts.ADULT).makeable()).isTrue();
        var answer = ENGINE.check(rx("-1.00 DS", "pl", null, "64"), PLANO, FRAME, WearerFacts.ADULT);
        assertThat(answer.reasons()).extracting(Reason::code, Reason::eye)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.POWER_ON_PLANO_LENS, Eye.RIGHT));
    }

    @Test
    void prism_beyond_the_index_limit_is_refused_per_eye() {
        SpectacleRx base = rx("-1.00 DS", "-1.00 DS", null, "64");
        SpectacleRx rx = SpectacleRx.of(base.right().withPrism(new Prism(Prism.Part.of("3", "BI"), Prism.Part.of("2", "BU"))),
                base.left(), base.pd());
        var answer = ENGINE.check(rx, SINGLE_VISION, FRAME, WearerFacts.ADULT);
        // sqrt(9 + 4) = 3.61: more than 1.50's 3.00, fine in the others
        assertThat(answer.indexes().getFirst().reasons()).extracting(Reason::code, Reason::eye)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.PRISM_TOO_STRONG, Eye.RIGHT));
        assertThat(answer.advice().recommended()).isEqualTo("1.53");
    }

    @Test
    void no_pd_is_a_note_not_a_refusal() {
        var answer = ENGINE.check(rx("-1.00 DS", "-1.00 DS", null, null), SINGLE_VISION, FRAME, WearerFacts.ADULT);
        assertThat(answer.makeable()).isTrue();
        assertThat(answer.notes()).extracting(Reason::code).containsExactly(Code.PD_NOT_MEASURED);
    }

    /** DOMAIN.md section 2, by highest-meridian power and cylinder. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-1.00 DS|1.50", "+2.00 DS|1.50", "-0.50 -1.50 x 90|1.50", "-2.25 DS|1.60", "+4.00 DS|1.60",
            "-1.00 -2.25 x 180|1.60", "-2.00 -2.00 x 180|1.60", "-4.25 DS|1.67", "+7.00 DS|1.67",
            "-3.00 -4.00 x 180|1.67", "-7.25 DS|1.74", "+9.00 DS|1.74", "-0.50 -4.25 x 180|1.74", "pl -4.50 x 90|1.74"})
    void index_advice_rows_of_the_domain_table(String eye, String index) {
        assertThat(LensRules.standard().recommend(EyeRx.parse(eye))).isEqualTo(index);
    }

    @Test
    void a_rule_table_without_a_version_or_a_catch_all_row_is_refused() {
        String body = "recommend;*;*;1.50\nframe;progressive_min_b;28\nframe;fitting_height_margin;4\n"
                + "frame;edging_allowance;2\n";
        assertThat(LensRules.parse("t", "version;x\n" + body).version()).isEqualTo("lens-rules x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LensRules.parse("t", body))
                .hasMessageContaining("version");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LensRules.parse("t",
                "version;1\n" + body.replace("*;*", "2.00;2.00"))).hasMessageContaining("any power");
    }
}
