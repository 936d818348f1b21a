package dev.focal.optics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.optics.AnsiTolerances.Eyes;
import dev.focal.optics.AnsiTolerances.LensKind;
import dev.focal.optics.AnsiTolerances.Line;
import dev.focal.optics.AnsiTolerances.Measure;
import dev.focal.optics.AnsiTolerances.Pair;
import dev.focal.optics.RxField.Eye;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnsiTolerancesTest {

    static final AnsiTolerances ANSI = AnsiTolerances.standard();
    static final LensKind SV = LensKind.SINGLE_VISION_OR_MULTIFOCAL;
    static final LensKind PAL = LensKind.PROGRESSIVE;

    /** DOMAIN.md section 4: the tolerance at each band edge and just beyond it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SPHERE|SINGLE_VISION_OR_MULTIFOCAL|6.50|0.13", "SPHERE|SINGLE_VISION_OR_MULTIFOCAL|-6.50|0.13",
            "SPHERE|SINGLE_VISION_OR_MULTIFOCAL|6.75|0.135", "SPHERE|SINGLE_VISION_OR_MULTIFOCAL|0.00|0.13",
            "SPHERE|PROGRESSIVE|6.75|0.16", "SPHERE|PROGRESSIVE|8.00|0.16", "SPHERE|PROGRESSIVE|-8.25|0.165",
            "CYLINDER|SINGLE_VISION_OR_MULTIFOCAL|2.00|0.13", "CYLINDER|SINGLE_VISION_OR_MULTIFOCAL|-2.25|0.15",
            "CYLINDER|SINGLE_VISION_OR_MULTIFOCAL|4.50|0.15", "CYLINDER|SINGLE_VISION_OR_MULTIFOCAL|4.75|0.19",
            "CYLINDER|PROGRESSIVE|2.00|0.16", "CYLINDER|PROGRESSIVE|2.25|0.18", "CYLINDER|PROGRESSIVE|3.50|0.18",
            "CYLINDER|PROGRESSIVE|3.75|0.1875", "CYLINDER|PROGRESSIVE|4.50|0.225",
            "AXIS|PROGRESSIVE|0.12|14", "AXIS|SINGLE_VISION_OR_MULTIFOCAL|-0.25|14", "AXIS|PROGRESSIVE|0.50|7",
            "AXIS|PROGRESSIVE|0.75|5", "AXIS|PROGRESSIVE|1.00|3", "AXIS|PROGRESSIVE|1.50|3",
            "AXIS|PROGRESSIVE|1.75|2", "AXIS|SINGLE_VISION_OR_MULTIFOCAL|-4.00|2",
            "ADD|SINGLE_VISION_OR_MULTIFOCAL|4.00|0.12", "ADD|PROGRESSIVE|4.25|0.18",
            "PRISM_VERTICAL|SINGLE_VISION_OR_MULTIFOCAL|0|0.33", "PRISM_HORIZONTAL|PROGRESSIVE|1.00|0.67",
            "HEIGHT|PROGRESSIVE|18|1.0"})
    void band_edges(Measure measure, LensKind kind, String ordered, String tolerance) {
        var band = ANSI.band(measure, kind, new BigDecimal(ordered)).orElseThrow();
        assertThat(band.toleranceFor(new BigDecimal(ordered))).isEqualByComparingTo(tolerance);
    }

    @Test
    void no_axis_tolerance_below_an_eighth_of_a_diopter() {
        assertThat(ANSI.band(Measure.AXIS, SV, new BigDecimal("0.10"))).isEmpty();
        assertThat(ANSI.band(Measure.AXIS, SV, BigDecimal.ZERO)).isEmpty();
    }

    static Pair pair(Eyes right, Eyes left) {
        return new Pair(right, left, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    static Eyes eyes(String sphere, String cyl, Integer axis, String add, String height) {
        return new Eyes(new BigDecimal(sphere), new BigDecimal(cyl), axis, add == null ? null : new BigDecimal(add),
                height == null ? null : new BigDecimal(height));
    }

    @Test
    void a_lens_within_every_tolerance_passes_and_each_line_names_its_band() {
        Eyes ordered = Eyes.of(EyeRx.parse("-3.00 -1.00 x 180").withAddition(Addition.of("+2.00")), FittingHeight.of(18));
        assertThat(ordered.sphere()).isEqualByComparingTo("-4.00");
        Eyes measured = eyes("-4.12", "-1.12", 177, "2.12", "18.5");
        var report = ANSI.check(SV, pair(ordered, ordered), pair(measured, ordered));
        assertThat(report.passed()).isTrue();
        assertThat(report.version()).isEqualTo("ANSI Z80.1-2020 focal-1");
        assertThat(report.lines()).filteredOn(l -> l.eye() == Eye.RIGHT).extracting(Line::measure)
                .containsExactly(Measure.SPHERE, Measure.CYLINDER, Measure.AXIS, Measure.ADD, Measure.HEIGHT);
        assertThat(report.lines().getFirst().band()).isEqualTo("sphere SV 0..6.50: +/-0.13 D");
    }

    @Test
    void each_measure_fails_just_beyond_its_tolerance() {
        Eyes ordered = eyes("-7.00", "-2.25", 90, "2.00", "20");
        // sphere 2% of 7.00 = 0.14: 7.15 fails; cylinder 0.15: 2.41 fails; axis 2 deg: 93 fails; add 0.12: 2.13 fails
        Eyes measured = eyes("-7.15", "-2.41", 93, "2.13", "21.1");
        var report = ANSI.check(SV, pair(ordered, ordered), new Pair(measured, ordered, new BigDecimal("0.34"),
                new BigDecimal("0.67")));
        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).extracting(Line::measure).containsExactly(Measure.SPHERE, Measure.CYLINDER,
                Measure.AXIS, Measure.ADD, Measure.HEIGHT, Measure.PRISM_VERTICAL);
        Line sphere = report.failures().getFirst();
        assertThat(sphere.tolerance()).isEqualByComparingTo("0.14");
        assertThat(sphere.deviation()).isEqualByComparingTo("0.15");
        assertThat(sphere.band()).contains(">6.50", "2%");
    }

    @Test
    void progressives_get_the_wider_column() {
        Eyes ordered = eyes("-7.00", "-2.25", 90, "2.00", null);
        Eyes measured = eyes("-7.15", "-2.41", 88, "2.12", null);
        // PAL: sphere 0.16, cylinder 0.18, axis 2
        assertThat(ANSI.check(PAL, pair(ordered, ordered), pair(measured, measured)).passed()).isTrue();
        assertThat(ANSI.check(SV, pair(ordered, ordered), pair(measured, measured)).passed()).isFalse();
    }

    @Test
    void axis_deviation_wraps_around_180() {
        Eyes ordered = eyes("-1.00", "-0.50", 179, null, null);
        Eyes measured = eyes("-1.00", "-0.50", 4, null, null);
        // 179 to 004 is 5 degrees; the 0.50 band allows 7
        var report = ANSI.check(SV, pair(ordered, ordered), pair(measured, measured));
        assertThat(report.lines()).filteredOn(l -> l.measure() == Measure.AXIS).first()
                .satisfies(l -> assertThat(l.deviation()).isEqualByComparingTo("5"));
        assertThat(report.passed()).isTrue();
    }
}
