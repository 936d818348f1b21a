package dev.focal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.IntegrationTest;
import dev.focal.catalog.FrameSpec.RimType;
import dev.focal.optics.Addition;
import dev.focal.optics.ContactLensEye;
import dev.focal.optics.ContactLensRx;
import dev.focal.optics.Cylinder;
import dev.focal.optics.EyeRx;
import dev.focal.optics.Feasibility;
import dev.focal.optics.FittingHeight;
import dev.focal.optics.PupillaryDistance;
import dev.focal.optics.Sphere;
import dev.focal.optics.SpectacleRx;
import dev.focal.optics.VertexDistance;
import dev.focal.optics.WearerFacts;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The feasibility check on the demo catalog: its lens products (LN-SV, LN-PRO-C, ...) and frames. */
@IntegrationTest
@WithMockUser(username = "lensfit-optician", roles = "OPTICIAN")
class LensFitIntegrationTest {

    @Autowired
    LensFit lensFit;

    static SpectacleRx rx(String right, String left, String pd) {
        return SpectacleRx.of(EyeRx.parse(right), EyeRx.parse(left), PupillaryDistance.of(pd));
    }

    FrameOption frame(java.util.function.Predicate<FrameOption> wanted) {
        return lensFit.findFrames("FR-", 200).stream().filter(wanted).findFirst().orElseThrow();
    }

    @Test
    void the_demo_lenses_are_offered_with_their_type_and_design() {
        List<LensOption> lenses = lensFit.lenses();
        assertThat(lenses).extracting(LensOption::code).contains("LN-SV", "LN-PRO-C", "LN-PRO-S", "LN-BF", "LN-RD");
        LensOption sv = lenses.stream().filter(l -> l.code().equals("LN-SV")).findFirst().orElseThrow();
        assertThat(sv.type()).isEqualTo(LensSpec.LensType.SINGLE_VISION);
        assertThat(sv.design()).isEqualTo("Aspheric single vision");
    }

    @Test
    void frames_are_found_by_sku_or_model_with_their_boxing_sizes() {
        FrameOption any = frame(f -> true);
        assertThat(any.a()).isBetween(40, 60);
        assertThat(any.ed()).isGreaterThanOrEqualTo(any.a());
        assertThat(any.sizeMarking()).isEqualTo(any.a() + "\u25A1" + any.dbl() + "-" + any.sizeMarking()
                .substring(any.sizeMarking().indexOf('-') + 1));
        List<FrameOption> bySku = lensFit.findFrames(any.sku(), 10);
        assertThat(bySku).extracting(FrameOption::sku).containsExactly(any.sku());
        assertThat(lensFit.findFrames(any.modelName(), 50)).extracting(FrameOption::modelCode).contains(any.modelCode());
        assertThat(lensFit.findFrames("FR-", 3)).hasSize(3);
    }

    @Test
    void an_everyday_prescription_in_single_vision_is_makeable_and_its_2_50_meridian_gets_1_60() {
        FrameOption full = frame(f -> f.rimType() == RimType.FULL && f.b() >= 30);
        String pd = Integer.toString(full.a() + full.dbl());
        var answer = lensFit.check(rx("-2.00 -0.50 x 180", "-1.75 DS", pd), full.sku(), "LN-SV", WearerFacts.ADULT);
        assertThat(answer.makeable()).isTrue();
        assertThat(answer.lens().code()).isEqualTo("LN-SV");
        assertThat(answer.frame().sku()).isEqualTo(full.sku());
        assertThat(answer.feasibility().advice().recommended()).isEqualTo("1.60");
        assertThat(answer.feasibility().advice().ruleVersion()).startsWith("lens-rules ");
        assertThat(answer.feasibility().indexes()).extracting(Feasibility.IndexVerdict::index)
                .containsExactly("1.50", "1.53", "1.56", "1.59", "1.60", "1.67", "1.74");
    }

    @Test
    void sunglasses_not_made_for_prescription_lenses_take_no_prescription_lens() {
        FrameOption plainSun = lensFit.findFrames("SG-", 200).stream().filter(f -> !f.rxAble()).findFirst()
                .orElseThrow();
        String pd = Integer.toString(plainSun.a() + plainSun.dbl());

        var answer = lensFit.check(rx("-1.00 DS", "-1.00 DS", pd), plainSun.sku(), "LN-SV", WearerFacts.ADULT);

        assertThat(answer.makeable()).isFalse();
        assertThat(answer.feasibility().reasons()).extracting(Feasibility.Reason::code)
                .containsExactly(Feasibility.Code.FRAME_NOT_FOR_PRESCRIPTION);
    }

    @Test
    void a_progressive_in_a_shallow_frame_is_refused_with_every_reason() {
        FrameOption shallow = frame(f -> f.b() < 28);
        SpectacleRx base = rx("+1.00 DS", "+1.25 DS", "64");
        SpectacleRx multifocal = new SpectacleRx(base.right().withAddition(Addition.of("+2.00")),
                base.left().withAddition(Addition.of("+2.00")), base.pd(), FittingHeight.of(14), FittingHeight.of(14),
                VertexDistance.STANDARD);
        var answer = lensFit.check(multifocal, shallow.sku(), "LN-PRO-C", WearerFacts.ADULT);
        assertThat(answer.makeable()).isFalse();
        assertThat(answer.feasibility().reasons()).extracting(Feasibility.Reason::code)
                .contains(Feasibility.Code.FRAME_TOO_SHALLOW, Feasibility.Code.FITTING_HEIGHT_BELOW_MINIMUM);
        assertThat(answer.feasibility().advice().recommended()).isNull();
    }

    @Test
    void a_child_needs_polycarbonate_or_trivex_and_a_contact_lens_rx_never_makes_glasses() {
        FrameOption full = frame(f -> f.rimType() == RimType.FULL && f.b() >= 30);
        String pd = Integer.toString(full.a() + full.dbl());
        var child = new WearerFacts(true, false, false, WearerFacts.Use.AS_PRESCRIBED);
        var answer = lensFit.check(rx("-1.00 DS", "-1.00 DS", pd), full.sku(), "ln-sv", child);
        assertThat(answer.makeable()).isTrue();
        assertThat(answer.feasibility().advice().required()).containsExactly("1.59", "1.53");
        assertThat(answer.feasibility().advice().recommended()).isEqualTo("1.53");

        var eye = new ContactLensEye("Demo", Sphere.of("-1.00"), new BigDecimal("8.6"), new BigDecimal("14.2"),
                Cylinder.NONE, null, null);
        var contact = lensFit.check(new ContactLensRx(eye, eye), full.sku(), "LN-SV", WearerFacts.ADULT);
        assertThat(contact.makeable()).isFalse();
        assertThat(contact.feasibility().reasons()).extracting(Feasibility.Reason::code)
                .containsExactly(Feasibility.Code.CONTACT_LENS_RX);
    }

    @Test
    void unknown_frames_and_lenses_name_the_input() {
        FrameOption any = frame(f -> true);
        SpectacleRx rx = rx("-1.00 DS", "-1.00 DS", "64");
        assertThatThrownBy(() -> lensFit.check(rx, "NO-SUCH-SKU", "LN-SV", WearerFacts.ADULT))
                .isInstanceOfSatisfying(LensFit.UnknownChoice.class, e -> assertThat(e.field()).isEqualTo("frameSku"));
        assertThatThrownBy(() -> lensFit.check(rx, any.sku(), "LN-NOPE", WearerFacts.ADULT))
                .isInstanceOfSatisfying(LensFit.UnknownChoice.class, e -> assertThat(e.field()).isEqualTo("lensCode"));
    }

    @Test
    @WithMockUser(username = "lensfit-warehouse", roles = "WAREHOUSE")
    void warehouse_staff_may_not_use_it() {
        assertThatThrownBy(() -> lensFit.lenses()).isInstanceOf(AccessDeniedException.class);
    }
}
