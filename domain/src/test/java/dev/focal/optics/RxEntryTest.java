package dev.focal.optics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.optics.RxEntry.EyeEntry;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RxEntryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-2.25|-2.25", "-2,25|-2.25", "+2|2.00", "2|2.00", "pl|0.00", "plano|0.00", "PL|0.00", "DS|0.00",
            ".50|0.50", "-.25|-0.25", "\u22121.00|-1.00", "- 1.75|-1.75", "+3.00 D|3.00"})
    void spheres_are_read_as_people_type_them(String typed, String expected) {
        assertThat(Sphere.of(typed).diopters()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-2.00 DS|-2.00", "-2.00DS|-2.00", "+1.25 sph|1.25", "-0.75 D.S.|-0.75",
            "\u20102.25|-2.25", "\u2011 2.25|-2.25", "\uFF0D2.25|-2.25", "\uFE631.00|-1.00", "\uFF0B1.50|1.50"})
    void a_sphere_written_with_ds_or_a_typographic_dash_is_read(String typed, String expected) {
        assertThat(Sphere.of(typed).diopters()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-1.25 DC|-1.25", "-1.25DC|-1.25", "+0.50 cyl|0.50"})
    void a_cylinder_written_with_dc_is_read(String typed, String expected) {
        assertThat(Cylinder.of(typed).diopters()).isEqualByComparingTo(expected);
    }

    @Test
    void a_sphere_or_cylinder_suffix_alone_is_not_a_number() {
        assertThat(Sphere.of("DS")).isEqualTo(Sphere.PLANO);
        assertThatThrownBy(() -> Sphere.of("+ DS")).hasMessageContaining("like -2.25");
        assertThatThrownBy(() -> Cylinder.of("cyl x")).hasMessageContaining("like -0.75");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"63 mm|63.0|", "63mm|63.0|", "31.5 mm/32 mm|31.5|32.0", "64 mm / 61 mm|64.0|"})
    void a_pd_written_with_its_unit_is_read(String typed, String first, String second) {
        PupillaryDistance pd = PupillaryDistance.of(typed);
        if (pd.monocular()) {
            assertThat(pd.right()).isEqualByComparingTo(first);
            assertThat(pd.left()).isEqualByComparingTo(second);
        } else {
            assertThat(pd.binocular()).isEqualByComparingTo(first);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"180|180", "x180|180", "X 90|90", "090|90", "0|180", "45°|45", "@45|45"})
    void axes_are_read_as_people_type_them(String typed, int expected) {
        assertThat(Axis.of(typed).degrees()).isEqualTo(expected);
    }

    @Test
    void bad_values_say_what_is_wrong() {
        assertThatThrownBy(() -> Sphere.of("-2.30")).hasMessageContaining("steps of 0.25");
        assertThatThrownBy(() -> Sphere.of("-31")).hasMessageContaining("-30.00 and +30.00");
        assertThatThrownBy(() -> Sphere.of("abc")).hasMessageContaining("like -2.25");
        assertThatThrownBy(() -> Axis.of("181")).hasMessageContaining("1 and 180");
        assertThatThrownBy(() -> Axis.of("90.5")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> Addition.of("-1.00")).hasMessageContaining("always positive");
        assertThatThrownBy(() -> Cylinder.of("-10.25")).hasMessageContaining("-10.00 and +10.00");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2 BI|2.00|IN", "1.5BU|1.50|UP", "BO 3|3.00|OUT", "2 base in|2.00|IN",
            "0,75 bd|0.75|DOWN"})
    void prism_parts_are_read_with_their_base(String typed, String amount, Prism.Base base) {
        Prism.Part part = Prism.Part.of(typed);
        assertThat(part.amount()).isEqualByComparingTo(amount);
        assertThat(part.base()).isEqualTo(base);
    }

    @Test
    void a_complete_entry_reads_into_a_prescription() {
        RxEntry entry = new RxEntry(
                new EyeEntry("-2,25", "-0.75", "x180", "+2", "1", "BI", null, null, "18"),
                new EyeEntry("-2.00", "DS", "", "2.00", null, null, null, null, "18.5"),
                null, "31.5", "32", null, "");
        RxReading<SpectacleRx> reading = entry.read();
        assertThat(reading.problems()).isEmpty();
        SpectacleRx rx = reading.orElseThrow();
        assertThat(rx.right().axis()).isEqualTo(Axis.of(180));
        assertThat(rx.right().prism().horizontal().base()).isEqualTo(Prism.Base.IN);
        assertThat(rx.left().cylinder().isNone()).isTrue();
        assertThat(rx.pd().distance()).isEqualByComparingTo("63.5");
        assertThat(rx.pd().nearOrDefault()).isEqualByComparingTo("60.5");
        assertThat(rx.vertex()).isEqualTo(VertexDistance.STANDARD);
        assertThat(RxEntry.from(rx).read().orElseThrow()).isEqualTo(rx);
    }

    @Test
    void every_bad_field_gets_its_own_message_and_no_prescription_is_built() {
        RxEntry entry = new RxEntry(
                new EyeEntry("-2.30", "-0.75", "", "+2.00", null, "BI", null, null, null),
                new EyeEntry("", "", "90", null, null, null, null, null, null),
                "63", "31", null, null, "30");
        RxReading<SpectacleRx> reading = entry.read();
        assertThat(reading.valid()).isFalse();
        assertThat(reading.problems()).extracting(RxProblem::field).containsExactlyInAnyOrder(
                RxField.OD_SPH, RxField.OD_AXIS, RxField.OD_PRISM_H, RxField.OS_SPH, RxField.OS_AXIS, RxField.VERTEX);
        assertThatThrownBy(reading::orElseThrow).isInstanceOf(InvalidRx.class);
    }

    @Test
    void an_addition_for_one_eye_only_is_a_problem_at_the_other_eye() {
        RxEntry entry = new RxEntry(EyeEntry.of("+1.00", null, null, "+2.00"), EyeEntry.of("+1.25", null, null, null),
                "64", null, null, null, null);
        assertThat(entry.read().problems()).containsExactly(new RxProblem(RxField.OS_ADD,
                "Enter the addition for the left eye too (it is usually the same), or remove the other one."));
    }

    @Test
    void monocular_pds_that_do_not_add_up_to_the_binocular_one_are_refused() {
        RxEntry entry = new RxEntry(EyeEntry.of("-1", null, null, null), EyeEntry.of("-1", null, null, null),
                "66", "31", "32", null, null);
        assertThat(entry.read().problems()).extracting(RxProblem::field).containsExactly(RxField.PD_RIGHT);
    }

    @Test
    void unusual_but_legal_values_are_warnings() {
        RxEntry entry = new RxEntry(EyeEntry.of("-1.00", "-0.50", "90", "+2.00"),
                EyeEntry.of("-4.50", "+0.50", "90", "+2.25"), "82", null, null, null, null);
        RxReading<SpectacleRx> reading = entry.read();
        assertThat(reading.problems()).extracting(RxProblem::field).containsExactly(RxField.PD);
        entry = new RxEntry(EyeEntry.of("-1.00", "-0.50", "90", "+2.00"),
                EyeEntry.of("-4.50", "+0.50", "90", "+2.25"), "48", null, null, null, null);
        reading = entry.read();
        assertThat(reading.valid()).isTrue();
        assertThat(reading.warnings()).extracting(RxWarning::field)
                .containsExactlyInAnyOrder(RxField.OS_ADD, RxField.RX, RxField.OS_CYL, RxField.PD);
    }

    @Test
    void contact_lens_entries_need_brand_power_base_curve_and_diameter() {
        ContactLensEntry entry = new ContactLensEntry(
                new ContactLensEntry.EyeEntry("Acuvue Oasys", "-2.25", "8.4", "14.0", null, null, null),
                new ContactLensEntry.EyeEntry("", "-2.50", "11", "14,0", "-0.75", null, "high"));
        RxReading<ContactLensRx> reading = entry.read();
        assertThat(reading.problems()).extracting(RxProblem::field)
                .containsExactlyInAnyOrder(RxField.OS_BRAND, RxField.OS_BASE_CURVE);
        entry = new ContactLensEntry(entry.right(),
                new ContactLensEntry.EyeEntry("Acuvue Oasys for Astigmatism", "-2.50", "8.6", "14,5", "-0.75", "x10",
                        "high"));
        ContactLensRx rx = entry.read().orElseThrow();
        assertThat(rx.left().toric()).isTrue();
        assertThat(rx.left().addition()).isEqualTo("HIGH");
        assertThat(rx.left().diameter()).isEqualByComparingTo(new BigDecimal("14.5"));
        assertThat(ContactLensEntry.from(rx).read().orElseThrow()).isEqualTo(rx);
    }
}
