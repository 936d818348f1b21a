package dev.focal.optics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.optics.Feasibility.IndexVerdict;
import dev.focal.optics.LensDesign.IndexRange;
import dev.focal.optics.LensFeasibility.Check;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OpticsProperties {

    @Provide
    Arbitrary<EyeRx> eyes() {
        Arbitrary<Integer> sphere = Arbitraries.integers().between(-80, 80);
        Arbitrary<Integer> cylinder = Arbitraries.integers().between(-24, 24);
        Arbitrary<Integer> axis = Arbitraries.integers().between(1, 180);
        return Combinators.combine(sphere, cylinder, axis).as((s, c, a) -> c == 0
                ? EyeRx.sphere(Sphere.of(quarters(s)))
                : EyeRx.of(Sphere.of(quarters(s)), Cylinder.of(quarters(c)), Axis.of(a)));
    }

    static BigDecimal quarters(int n) {
        return BigDecimal.valueOf(n).multiply(new BigDecimal("0.25"));
    }

    @Property
    void transposing_twice_gives_the_original(@ForAll("eyes") EyeRx eye) {
        assertThat(eye.transposed().transposed()).isEqualTo(eye);
    }

    @Property
    void transposition_keeps_the_spherical_equivalent_and_the_highest_meridian(@ForAll("eyes") EyeRx eye) {
        assertThat(eye.transposed().sphericalEquivalent()).isEqualByComparingTo(eye.sphericalEquivalent());
        assertThat(eye.transposed().highestMeridian()).isEqualByComparingTo(eye.highestMeridian());
    }

    @Property
    void minus_cylinder_form_is_idempotent_and_minus(@ForAll("eyes") EyeRx eye) {
        EyeRx minus = eye.minusCylinderForm();
        assertThat(minus.minusCylinderForm()).isEqualTo(minus);
        assertThat(minus.cylinder().diopters().signum()).isLessThanOrEqualTo(0);
        assertThat(eye.transposed().minusCylinderForm()).isEqualTo(minus);
    }

    @Property
    void vertex_compensation_is_monotonic(@ForAll("eyes") EyeRx a, @ForAll("eyes") EyeRx b) {
        BigDecimal fa = a.sphere().diopters();
        BigDecimal fb = b.sphere().diopters();
        BigDecimal d = VertexDistance.STANDARD.metres();
        BigDecimal ea = Optics.effectivePower(fa, d);
        BigDecimal eb = Optics.effectivePower(fb, d);
        assertThat(Integer.signum(ea.compareTo(eb))).isEqualTo(Integer.signum(fa.compareTo(fb)));
        // minus powers weaken, plus powers strengthen at the cornea; the sign never changes
        assertThat(ea.signum()).isEqualTo(fa.signum());
        assertThat(ea.compareTo(fa)).isGreaterThanOrEqualTo(0);
        var ordered = Optics.atCornea(EyeRx.sphere(a.sphere()), VertexDistance.STANDARD).ordered().sphere().diopters();
        var orderedB = Optics.atCornea(EyeRx.sphere(b.sphere()), VertexDistance.STANDARD).ordered().sphere().diopters();
        if (fa.compareTo(fb) <= 0) {
            assertThat(ordered).isLessThanOrEqualTo(orderedB);
        }
    }

    // ------------------------------------------------------------ feasibility

    record Case(SpectacleRx rx, LensDesign design, FrameFit frame, WearerFacts facts) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<EyeRx> eye = eyes().filter(e -> e.highestMeridian().compareTo(new BigDecimal("16")) <= 0);
        Arbitrary<Integer> add = Arbitraries.integers().between(0, 14);
        Arbitrary<Integer> pd = Arbitraries.integers().between(108, 144);
        Arbitrary<Integer> height = Arbitraries.integers().between(0, 30);
        Arbitrary<Integer> prism = Arbitraries.integers().between(0, 24);
        Arbitrary<SpectacleRx> rx = Combinators.combine(eye, eye, add, pd, height, prism).as((r, l, ad, p, h, pr) -> {
            EyeRx right = r;
            EyeRx left = l;
            if (ad >= 2) {
                right = right.withAddition(Addition.of(quarters(ad)));
                left = left.withAddition(Addition.of(quarters(ad)));
            }
            if (pr > 0) {
                right = right.withPrism(Prism.vertical(new Prism.Part(quarters(pr), Prism.Base.UP)));
            }
            FittingHeight fh = h < 10 ? null : FittingHeight.of(h);
            PupillaryDistance distance = p < 112 ? null : PupillaryDistance.binocular(BigDecimal.valueOf(p, 0)
                    .divide(BigDecimal.TWO));
            return new SpectacleRx(right, left, distance, fh, fh, VertexDistance.STANDARD);
        });
        Arbitrary<IndexRange> range = Combinators.combine(
                Arbitraries.integers().between(-20, 0), Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 6),
                Arbitraries.of(List.of(65), List.of(65, 70), List.of(70, 75), List.<Integer>of()),
                Arbitraries.integers().between(12, 22), Arbitraries.of("1.50", "1.53", "1.59", "1.60", "1.67", "1.74"))
                .as((min, max, cyl, pr, blanks, fh, index) -> new IndexRange(index, "M" + index, BigDecimal.valueOf(min),
                        BigDecimal.valueOf(max), BigDecimal.valueOf(cyl), new BigDecimal("0.75"), new BigDecimal("3.50"),
                        BigDecimal.valueOf(pr), blanks, fh));
        Arbitrary<LensDesign> design = Combinators.combine(Arbitraries.of(LensDesign.Type.class),
                range.list().ofMinSize(0).ofMaxSize(4).uniqueElements(IndexRange::index))
                .as((type, ranges) -> new LensDesign(type, "Design", ranges));
        Arbitrary<FrameFit> frame = Combinators.combine(Arbitraries.integers().between(40, 60),
                Arbitraries.integers().between(22, 44), Arbitraries.integers().between(13, 24),
                Arbitraries.integers().between(0, 10), Arbitraries.of(FrameFit.Rim.class), Arbitraries.of(true, false))
                .as((a, b, dbl, extra, rim, drilled) -> new FrameFit(BigDecimal.valueOf(a), BigDecimal.valueOf(b),
                        BigDecimal.valueOf(dbl), BigDecimal.valueOf(a + extra), rim, drilled));
        Arbitrary<WearerFacts> facts = Combinators.combine(Arbitraries.of(true, false, false, false),
                Arbitraries.of(true, false, false), Arbitraries.of(true, false, false), Arbitraries.of(WearerFacts.Use.class))
                .as(WearerFacts::new);
        return Combinators.combine(rx, design, frame, facts).as(Case::new);
    }

    @Property(tries = 2000)
    void feasibility_never_says_makeable_when_any_single_check_fails(@ForAll("cases") Case c) {
        LensFeasibility engine = LensFeasibility.standard();
        Feasibility answer = engine.check(c.rx(), c.design(), c.frame(), c.facts());
        boolean someIndexPassesEveryCheck = false;
        for (IndexRange index : c.design().indexes()) {
            List<Feasibility.Reason> alone = new ArrayList<>();
            for (Check check : Check.values()) {
                alone.addAll(engine.run(check, c.rx(), c.design(), index, c.frame(), c.facts()));
            }
            IndexVerdict verdict = answer.indexes().stream().filter(v -> v.index().equals(index.index())).findFirst()
                    .orElseThrow();
            if (!alone.isEmpty()) {
                assertThat(verdict.makeable()).as("index %s with %s", index.index(), alone).isFalse();
                assertThat(verdict.reasons()).containsAll(alone);
            } else {
                assertThat(verdict.makeable()).isTrue();
                someIndexPassesEveryCheck = true;
            }
        }
        assertThat(answer.makeable()).isEqualTo(someIndexPassesEveryCheck);
        if (!answer.makeable()) {
            assertThat(answer.reasons()).isNotEmpty();
            assertThat(answer.advice().recommended()).isNull();
        } else {
            String recommended = answer.advice().recommended();
            assertThat(recommended).isNotNull();
            assertThat(answer.indexes()).anyMatch(v -> v.index().equals(recommended) && v.makeable() && v.allowed());
        }
    }

    @Property(tries = 300)
    void a_contact_lens_prescription_is_never_makeable(@ForAll("cases") Case c) {
        var eye = new ContactLensEye("Brand", c.rx().right().sphere(), new BigDecimal("8.6"), new BigDecimal("14.2"),
                Cylinder.NONE, null, null);
        assertThat(LensFeasibility.standard().check(new ContactLensRx(eye, eye), c.design(), c.frame(), c.facts())
                .makeable()).isFalse();
    }
}
