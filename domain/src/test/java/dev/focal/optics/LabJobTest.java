package dev.focal.optics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.optics.LabJob.Eyes;
import dev.focal.optics.RxField.Eye;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LabJobTest {

    /** DOMAIN.md section 4, with CRLF line ends. */
    static final String EXAMPLE = String.join("\r\n",
            "JOB=12340008",
            "DO=B",
            "SPH=+02.00;+02.50",
            "CYL=-01.00;-01.25",
            "AX=115;085",
            "IPD=31.00;31.00",
            "OCHT=22.05;22.05",
            "HBOX=55.6;55.7",
            "VBOX=44.1;44.0",
            "DBL=16.0",
            "FED=56.5;56.4",
            "LIND=1.586;1.586") + "\r\n";

    @Test
    void the_domain_example_reads_into_typed_values_and_writes_back_byte_for_byte() {
        LabJob job = LabJob.parse(EXAMPLE);
        assertThat(job.job()).isEqualTo("12340008");
        assertThat(job.side()).isEqualTo(LabJob.Side.B);
        assertThat(job.sphere().right()).isEqualByComparingTo("2.00");
        assertThat(job.sphere().left()).isEqualByComparingTo("2.50");
        assertThat(job.cylinder().left()).isEqualByComparingTo("-1.25");
        assertThat(job.axis()).isEqualTo(new Eyes<>(115, 85));
        assertThat(job.ipd().right()).isEqualByComparingTo("31");
        assertThat(job.opticalCentreHeight().left()).isEqualByComparingTo("22.05");
        assertThat(job.hbox().left()).isEqualByComparingTo("55.7");
        assertThat(job.dbl()).isEqualByComparingTo("16");
        assertThat(job.index().right()).isEqualByComparingTo("1.586");
        assertThat(job.passthrough()).isEmpty();
        assertThat(job.write()).isEqualTo(EXAMPLE);
        assertThat(OmaRecord.parse(EXAMPLE).write()).isEqualTo(EXAMPLE);
    }

    @Test
    void unknown_labels_are_kept_in_order_and_passed_through() {
        String text = EXAMPLE + "_VENDOR=abc;def\r\nCOAT=AR;AR\r\n_NOTE=rush\r\n";
        LabJob job = LabJob.parse(text);
        assertThat(job.passthrough()).extracting(OmaRecord.Line::label).containsExactly("_VENDOR", "COAT", "_NOTE");
        assertThat(job.write()).isEqualTo(text);
    }

    @Test
    void lf_only_files_are_read_and_written_back_with_crlf() {
        assertThat(LabJob.parse(EXAMPLE.replace("\r\n", "\n")).write()).isEqualTo(EXAMPLE);
    }

    @Test
    void a_job_built_from_a_prescription_round_trips() {
        EyeRx right = EyeRx.parse("+1.25 +0.50 x 030").withAddition(Addition.of("+2.00"))
                .withPrism(new Prism(Prism.Part.of("2", "BI"), null));
        EyeRx left = EyeRx.parse("-0.75 DS").withAddition(Addition.of("+2.00"))
                .withPrism(new Prism(null, Prism.Part.of("1", "BD")));
        SpectacleRx rx = new SpectacleRx(right, left, PupillaryDistance.monocular(new BigDecimal("31.5"),
                new BigDecimal("32")), FittingHeight.of(19), FittingHeight.of(19.5), VertexDistance.STANDARD);
        FrameFit frame = FrameFit.of(52, 36, 18, 56, FrameFit.Rim.SEMI);
        LabJob job = LabJob.of("W-000123", rx, frame, "1.59", LensDesign.Type.PROGRESSIVE, "Horizon Progressive Comfort");

        String written = job.write();
        assertThat(written).contains("SPH=+01.75;-00.75\r\n", "CYL=-00.50;+00.00\r\n", "AX=120;180\r\n",
                "ADD=+02.00;+02.00\r\n", "PRVM=2.00;1.00\r\n", "PRVA=0;270\r\n", "IPD=31.50;32.00\r\n",
                "NPD=30.00;30.50\r\n", "SEGHT=19.00;19.50\r\n", "HBOX=52.0;52.0\r\n", "VBOX=36.0;36.0\r\n",
                "DBL=18.0\r\n", "FED=56.0;56.0\r\n", "FTYP=4\r\n", "ETYP=3\r\n", "FBOCIN=3.50;3.00\r\n",
                "FBOCUP=1.00;1.50\r\n", "LIND=1.586;1.586\r\n");
        assertThat(written).doesNotContain("OCHT").endsWith("\r\n");
        LabJob back = LabJob.parse(written);
        assertThat(back.write()).isEqualTo(written);
        assertThat(back.sphere().right()).isEqualByComparingTo("1.75");
        assertThat(back.prismAngle()).isEqualTo(new Eyes<>(0, 270));
        assertThat(back.frameType()).isEqualTo(4);
    }

    @Test
    void prism_base_angles_follow_the_eye() {
        EyeRx baseIn = EyeRx.parse("pl").withPrism(Prism.horizontal(Prism.Part.of("1", "BI")));
        EyeRx baseOut = EyeRx.parse("pl").withPrism(Prism.horizontal(Prism.Part.of("1", "BO")));
        EyeRx baseUp = EyeRx.parse("pl").withPrism(Prism.vertical(Prism.Part.of("1", "BU")));
        assertThat(LabJob.prismAngle(baseIn, Eye.RIGHT)).isEqualTo(0);
        assertThat(LabJob.prismAngle(baseIn, Eye.LEFT)).isEqualTo(180);
        assertThat(LabJob.prismAngle(baseOut, Eye.RIGHT)).isEqualTo(180);
        assertThat(LabJob.prismAngle(baseOut, Eye.LEFT)).isEqualTo(0);
        assertThat(LabJob.prismAngle(baseUp, Eye.LEFT)).isEqualTo(90);
    }

    @Test
    void traces_are_read_and_written_ten_radii_a_line() {
        List<Integer> radii = IntStream.range(0, 400).map(i -> 2400 + (i % 50)).boxed().toList();
        LabJob job = new LabJob("77", LabJob.Side.R, null, new Eyes<>(new BigDecimal("-2.00"), null), Eyes.none(),
                Eyes.none(), Eyes.none(), Eyes.none(), Eyes.none(), Eyes.none(), Eyes.none(), Eyes.none(), Eyes.none(),
                Eyes.none(), Eyes.none(), Eyes.none(), Eyes.none(), Eyes.none(), null, Eyes.none(), null, -1,
                Eyes.none(), Eyes.none(), List.of(new LabJob.Trace(1, "E", Eye.RIGHT, "F", radii)), List.of());
        String written = job.write();
        assertThat(written).startsWith("JOB=77\r\nDO=R\r\nSPH=-02.00;\r\nETYP=-1\r\nTRCFMT=1;400;E;R;F\r\nR=2400;2401;");
        assertThat(written.lines().filter(l -> l.startsWith("R=")).count()).isEqualTo(40);
        LabJob back = LabJob.parse(written);
        assertThat(back.traces()).hasSize(1);
        assertThat(back.traces().getFirst().radii()).isEqualTo(radii);
        assertThat(back.sphere().left()).isNull();
        assertThat(back.write()).isEqualTo(written);
    }

    @Test
    void bad_files_say_what_is_wrong() {
        assertThatThrownBy(() -> LabJob.parse("JOB=1\r\nSPH=abc;+01.00\r\n")).hasMessageContaining("SPH");
        assertThatThrownBy(() -> LabJob.parse("DO=B\r\n")).hasMessageContaining("JOB");
        assertThatThrownBy(() -> OmaRecord.parse("JOB=1\r\nnonsense\r\n")).hasMessageContaining("Line 2");
        assertThatThrownBy(() -> LabJob.parse("JOB=1\r\nTRCFMT=1;3;E;R;F\r\nR=1;2\r\n")).hasMessageContaining("3 radii");
    }
}
