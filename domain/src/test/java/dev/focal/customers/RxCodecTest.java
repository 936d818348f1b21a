package dev.focal.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.customers.RxCodec.Payload;
import dev.focal.optics.Addition;
import dev.focal.optics.Axis;
import dev.focal.optics.ContactLensEye;
import dev.focal.optics.ContactLensRx;
import dev.focal.optics.Cylinder;
import dev.focal.optics.EyeRx;
import dev.focal.optics.FittingHeight;
import dev.focal.optics.Prism;
import dev.focal.optics.PupillaryDistance;
import dev.focal.optics.SpectacleRx;
import dev.focal.optics.Sphere;
import dev.focal.optics.VertexDistance;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RxCodecTest {

    @Test
    void a_spectacle_prescription_with_every_field_round_trips() {
        var rx = new SpectacleRx(
                new EyeRx(Sphere.of("+1.25"), Cylinder.of("+2.50"), Axis.of(123), Addition.of("+2.50"),
                        new Prism(Prism.Part.of("2 BO"), Prism.Part.of("0.75 BD"))),
                new EyeRx(Sphere.PLANO, Cylinder.NONE, null, Addition.of("+2.50"), null),
                new PupillaryDistance(new BigDecimal("64"), new BigDecimal("31.5"), new BigDecimal("32.5"),
                        new BigDecimal("61")), FittingHeight.of(21.5), FittingHeight.of(22), VertexDistance.of(14));
        var payload = new Payload(rx, "Dr. Jane Doe, OD, Springfield Eye Care", "Line 1\n\"quoted\" ü");

        assertThat(RxCodec.read(RxCodec.write(payload))).isEqualTo(payload);
    }

    @Test
    void a_contact_lens_prescription_round_trips_and_so_does_an_empty_one() {
        var rx = new ContactLensRx(
                new ContactLensEye("Biofinity Toric", Sphere.of("-4.50"), new BigDecimal("8.7"), new BigDecimal("14.5"),
                        Cylinder.of("-0.75"), Axis.of(10), null),
                new ContactLensEye("Biofinity Multifocal", Sphere.of("+0.25"), new BigDecimal("8.6"),
                        new BigDecimal("14.0"), Cylinder.NONE, null, "+2.00"));

        assertThat(RxCodec.read(RxCodec.write(new Payload(rx, null, null)))).isEqualTo(new Payload(rx, null, null));
        assertThat(RxCodec.read(RxCodec.write(new Payload(null, null, "awaiting"))))
                .isEqualTo(new Payload(null, null, "awaiting"));
    }

    @Test
    void what_people_type_is_what_comes_back() {
        SpectacleRx typed = SpectacleRx.of(EyeRx.parse("-6.75 -2.50 x 013"), EyeRx.parse("pl -1.25 x 175"),
                PupillaryDistance.of("31.5/32"));

        SpectacleRx back = (SpectacleRx) RxCodec.read(RxCodec.write(new Payload(typed, null, null))).rx();

        assertThat(back.toString()).isEqualTo(typed.toString());
        assertThat(back.left().sphere().isPlano()).isTrue();
    }

    @Test
    void the_format_is_explicit_json_with_a_version() {
        String json = new String(RxCodec.write(new Payload(null, "Dr. X", null)), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"format\":1,\"rx\":null,\"prescriber\":\"Dr. X\"}");
    }
}
