package dev.focal.optics;

import dev.focal.optics.OmaRecord.Line;
import dev.focal.optics.RxField.Eye;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A lab job as Focal sends it to (or gets it from) a surfacing or edging lab: the typed view of a DCS ("OMA") job
 * file ({@link OmaRecord}). Per-eye values are {@link Eyes} pairs (written {@code R;L}). Known labels are written
 * in a fixed order with a fixed format per label (powers {@code +02.00}, axis {@code 085}, PD and heights
 * {@code 31.00}, box sizes {@code 55.6}, index {@code 1.586}); labels Focal does not know are kept in their order and
 * written after the known ones, unchanged.
 *
 * <p>Labels: JOB, DO (R, L or B), LNAM (lens design), SPH, CYL, AX, ADD, PRVM/PRVA (prism magnitude and base angle,
 * 0-360 degrees seen from the front with 0 to the wearer's left: base in is 0 on the right eye and 180 on the left;
 * base up is 90), IPD/NPD (monocular distance and near PD), SEGHT/OCHT (segment and optical-centre height), BLKD
 * and DIA (blank diameter), LIND (refractive index), HBOX/VBOX (A/B), DBL, FED (ED), FTYP (1 plastic, 2 metal,
 * 3 rimless, 4 groove), ETYP (1 bevel, 2 rimless, 3 groove, -1 uncut), FBOCIN/FBOCUP (decentration in and up),
 * TRCFMT with R= lines (frame trace).
 */
public record LabJob(String job, Side side, @Nullable String lensName, Eyes<BigDecimal> sphere, Eyes<BigDecimal> cylinder,
                     Eyes<Integer> axis, Eyes<BigDecimal> add, Eyes<BigDecimal> prismMagnitude, Eyes<Integer> prismAngle,
                     Eyes<BigDecimal> ipd, Eyes<BigDecimal> npd, Eyes<BigDecimal> segmentHeight,
                     Eyes<BigDecimal> opticalCentreHeight, Eyes<BigDecimal> blankDiameter, Eyes<BigDecimal> diameter,
                     Eyes<BigDecimal> index, Eyes<BigDecimal> hbox, Eyes<BigDecimal> vbox, @Nullable BigDecimal dbl,
                     Eyes<BigDecimal> fed, @Nullable Integer frameType, @Nullable Integer edgeType,
                     Eyes<BigDecimal> decentrationIn, Eyes<BigDecimal> decentrationUp, List<Trace> traces,
                     List<Line> passthrough) {

    /** The order and the labels Focal knows; everything else passes through. */
    static final List<String> KNOWN = List.of("JOB", "DO", "LNAM", "SPH", "CYL", "AX", "ADD", "PRVM", "PRVA", "IPD",
            "NPD", "SEGHT", "OCHT", "BLKD", "DIA", "LIND", "HBOX", "VBOX", "DBL", "FED", "FTYP", "ETYP", "FBOCIN",
            "FBOCUP", "TRCFMT", "R");

    /**
     * The refractive index labs expect in LIND for a nominal index (1.59 polycarbonate is 1.586, 1.74 is 1.727).
     */
    static final Map<String, String> REFRACTIVE_INDEX = Map.of("1.50", "1.498", "1.53", "1.530", "1.56", "1.560",
            "1.59", "1.586", "1.60", "1.597", "1.67", "1.665", "1.74", "1.727");

    public LabJob {
        if (job.isBlank() || job.contains(";")) {
            throw new IllegalArgumentException("A lab job needs a job number.");
        }
        traces = List.copyOf(traces);
        passthrough = List.copyOf(passthrough);
    }

    /** Which lenses the job is for: DO=R, L or B. */
    public enum Side { R, L, B }

    /** A value per eye, either of which may be absent. */
    public record Eyes<T>(@Nullable T right, @Nullable T left) {

        public static <T> Eyes<T> none() {
            return new Eyes<>(null, null);
        }

        public static <T> Eyes<T> both(@Nullable T value) {
            return new Eyes<>(value, value);
        }

        public @Nullable T eye(Eye eye) {
            return eye == Eye.RIGHT ? right : left;
        }

        boolean absent() {
            return right == null && left == null;
        }
    }

    /**
     * A frame trace for one eye: format, the radii in 1/100 mm at equal angles (count of them), E (equiangular) or
     * U, the side, and the frame type letter (F frame, P pattern, L lens, D demo lens).
     */
    public record Trace(int format, String mode, Eye side, String type, List<Integer> radii) {

        public Trace {
            radii = List.copyOf(radii);
            if (radii.isEmpty()) {
                throw new IllegalArgumentException("A trace needs radii.");
            }
        }
    }

    // ---------------------------------------------------------------- from a prescription

    /**
     * The job for a prescription in a frame and a lens index: both eyes, powers in minus-cylinder form, the
     * addition for a multifocal Rx, prescribed prism as magnitude and angle, monocular distance and near PD, heights
     * (segment height for multifocal designs, optical-centre height otherwise), box sizes and decentration, the
     * refractive index of {@code nominalIndex}, and frame and edge type from the rim.
     */
    public static LabJob of(String job, SpectacleRx rx, FrameFit frame, String nominalIndex, LensDesign.Type type,
                            @Nullable String lensName) {
        SpectacleRx minus = rx.minusCylinderForm();
        PupillaryDistance pd = rx.pd();
        Eyes<BigDecimal> ipd = pd == null ? Eyes.none() : new Eyes<>(pd.rightOrHalf(), pd.leftOrHalf());
        Eyes<BigDecimal> npd = Eyes.none();
        if (pd != null) {
            BigDecimal drop = pd.distance().subtract(pd.nearOrDefault()).divide(BigDecimal.TWO);
            npd = new Eyes<>(pd.rightOrHalf().subtract(drop), pd.leftOrHalf().subtract(drop));
        }
        Eyes<BigDecimal> heights = new Eyes<>(rx.rightHeight() == null ? null : rx.rightHeight().mm(),
                rx.leftHeight() == null ? null : rx.leftHeight().mm());
        BigDecimal halfFrame = frame.a().add(frame.dbl()).divide(BigDecimal.TWO);
        BigDecimal halfB = frame.b().divide(BigDecimal.TWO);
        Eyes<BigDecimal> in = pd == null ? Eyes.none()
                : new Eyes<>(halfFrame.subtract(pd.rightOrHalf()), halfFrame.subtract(pd.leftOrHalf()));
        Eyes<BigDecimal> up = new Eyes<>(heights.right() == null ? null : heights.right().subtract(halfB),
                heights.left() == null ? null : heights.left().subtract(halfB));
        String refractive = REFRACTIVE_INDEX.getOrDefault(nominalIndex, nominalIndex);
        int ftyp = switch (frame.rim()) {
            case FULL -> 1;
            case SEMI -> 4;
            case RIMLESS -> 3;
        };
        int etyp = switch (frame.rim()) {
            case FULL -> 1;
            case SEMI -> 3;
            case RIMLESS -> 2;
        };
        return new LabJob(job, Side.B, lensName,
                eyes(minus, e -> e.sphere().diopters()),
                eyes(minus, e -> e.cylinder().diopters()),
                eyes(minus, e -> e.axis() == null ? 180 : e.axis().degrees()),
                minus.multifocal() ? eyes(minus, e -> e.addition().diopters()) : Eyes.none(),
                rx.hasPrism() ? new Eyes<>(prismMagnitude(minus.right()), prismMagnitude(minus.left())) : Eyes.none(),
                rx.hasPrism() ? new Eyes<>(prismAngle(minus.right(), Eye.RIGHT), prismAngle(minus.left(), Eye.LEFT))
                        : Eyes.none(),
                ipd, npd, type.multifocal() ? heights : Eyes.none(), type.multifocal() ? Eyes.none() : heights,
                Eyes.none(), Eyes.none(), Eyes.both(new BigDecimal(refractive)), Eyes.both(frame.a()),
                Eyes.both(frame.b()), frame.dbl(), Eyes.both(frame.ed()), ftyp, etyp, in, up, List.of(), List.of());
    }

    private static <T> Eyes<T> eyes(SpectacleRx rx, Function<EyeRx, T> value) {
        return new Eyes<>(value.apply(rx.right()), value.apply(rx.left()));
    }

    static @Nullable BigDecimal prismMagnitude(EyeRx eye) {
        return eye.prism() == null ? null : LensFeasibility.prismMagnitude(eye.prism());
    }

    static @Nullable Integer prismAngle(EyeRx eye, Eye side) {
        Prism prism = eye.prism();
        if (prism == null) {
            return null;
        }
        double nasal = side == Eye.RIGHT ? 1 : -1;
        double x = 0;
        double y = 0;
        if (prism.horizontal() != null) {
            x = prism.horizontal().amount().doubleValue() * (prism.horizontal().base() == Prism.Base.IN ? nasal : -nasal);
        }
        if (prism.vertical() != null) {
            y = prism.vertical().amount().doubleValue() * (prism.vertical().base() == Prism.Base.UP ? 1 : -1);
        }
        long degrees = Math.round(Math.toDegrees(Math.atan2(y, x)));
        return (int) ((degrees + 360) % 360);
    }

    // ---------------------------------------------------------------- reading

    /** The typed job from a DCS file's text. */
    public static LabJob parse(String text) {
        return from(OmaRecord.parse(text));
    }

    /**
     * The typed job from records. A single value on a per-eye label belongs to the eye DO names (right when both).
     *
     * @throws IllegalArgumentException naming the label of a value that is not a number, or a trace that does not
     *                                  have as many radii as it says
     */
    public static LabJob from(OmaRecord record) {
        Reader r = new Reader(record);
        Side side = r.text("DO") == null ? Side.B : Side.valueOf(r.text("DO").strip().toUpperCase(Locale.ROOT));
        String job = r.text("JOB");
        if (job == null) {
            throw new IllegalArgumentException("The job file has no JOB label.");
        }
        return new LabJob(job, side, r.text("LNAM"), r.decimals("SPH", side), r.decimals("CYL", side),
                r.integers("AX", side), r.decimals("ADD", side), r.decimals("PRVM", side), r.integers("PRVA", side),
                r.decimals("IPD", side), r.decimals("NPD", side), r.decimals("SEGHT", side), r.decimals("OCHT", side),
                r.decimals("BLKD", side), r.decimals("DIA", side), r.decimals("LIND", side), r.decimals("HBOX", side),
                r.decimals("VBOX", side), r.decimal("DBL"), r.decimals("FED", side), r.integer("FTYP"),
                r.integer("ETYP"), r.decimals("FBOCIN", side), r.decimals("FBOCUP", side), r.traces(),
                record.lines().stream().filter(l -> !KNOWN.contains(l.label().toUpperCase(Locale.ROOT))).toList());
    }

    private record Reader(OmaRecord record) {

        @Nullable String text(String label) {
            return record.first(label).map(Line::value).orElse(null);
        }

        Eyes<BigDecimal> decimals(String label, Side side) {
            return pair(label, side, v -> number(label, v));
        }

        Eyes<Integer> integers(String label, Side side) {
            return pair(label, side, v -> number(label, v).intValueExact());
        }

        @Nullable BigDecimal decimal(String label) {
            String v = text(label);
            return v == null || v.isBlank() ? null : number(label, v.split(";")[0]);
        }

        @Nullable Integer integer(String label) {
            BigDecimal v = decimal(label);
            return v == null ? null : v.intValueExact();
        }

        <T> Eyes<T> pair(String label, Side side, Function<String, T> convert) {
            String raw = text(label);
            if (raw == null) {
                return Eyes.none();
            }
            String[] values = raw.split(";", -1);
            String right = values[0];
            String left = values.length > 1 ? values[1] : side == Side.B ? values[0] : "";
            if (values.length == 1 && side == Side.L) {
                left = values[0];
                right = "";
            }
            return new Eyes<>(right.isBlank() ? null : convert.apply(right.strip()),
                    left.isBlank() ? null : convert.apply(left.strip()));
        }

        static BigDecimal number(String label, String value) {
            try {
                return new BigDecimal(value.startsWith("+") ? value.substring(1) : value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(label + " has '" + value + "', which is not a number.");
            }
        }

        List<Trace> traces() {
            var traces = new ArrayList<Trace>();
            List<Line> lines = record.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).label().equals("TRCFMT")) {
                    continue;
                }
                List<String> f = lines.get(i).values();
                if (f.size() < 5) {
                    throw new IllegalArgumentException("TRCFMT is format;count;E|U;R|L;type, not '"
                            + lines.get(i).value() + "'.");
                }
                int count = Integer.parseInt(f.get(1).strip());
                var radii = new ArrayList<Integer>();
                int j = i + 1;
                while (j < lines.size() && lines.get(j).label().equals("R")) {
                    for (String v : lines.get(j).values()) {
                        if (!v.isBlank()) {
                            radii.add(Integer.parseInt(v.strip()));
                        }
                    }
                    j++;
                }
                if (radii.size() != count) {
                    throw new IllegalArgumentException("The " + f.get(3) + " trace says " + count + " radii and has "
                            + radii.size() + ".");
                }
                traces.add(new Trace(Integer.parseInt(f.get(0).strip()), f.get(2).strip(),
                        f.get(3).strip().equalsIgnoreCase("L") ? Eye.LEFT : Eye.RIGHT, f.get(4).strip(), radii));
            }
            return traces;
        }
    }

    // ---------------------------------------------------------------- writing

    /** The records in Focal's order: known labels first (those with a value), then the pass-through ones. */
    public OmaRecord toRecord() {
        var lines = new ArrayList<Line>();
        lines.add(new Line("JOB", job));
        lines.add(new Line("DO", side.name()));
        if (lensName != null) {
            lines.add(new Line("LNAM", lensName));
        }
        pair(lines, "SPH", sphere, LabJob::power);
        pair(lines, "CYL", cylinder, LabJob::power);
        pair(lines, "AX", axis, v -> String.format(Locale.ROOT, "%03d", v));
        pair(lines, "ADD", add, LabJob::power);
        pair(lines, "PRVM", prismMagnitude, v -> fixed(v, 2));
        pair(lines, "PRVA", prismAngle, v -> Integer.toString(v));
        pair(lines, "IPD", ipd, v -> fixed(v, 2));
        pair(lines, "NPD", npd, v -> fixed(v, 2));
        pair(lines, "SEGHT", segmentHeight, v -> fixed(v, 2));
        pair(lines, "OCHT", opticalCentreHeight, v -> fixed(v, 2));
        pair(lines, "BLKD", blankDiameter, v -> fixed(v, 1));
        pair(lines, "DIA", diameter, v -> fixed(v, 1));
        pair(lines, "HBOX", hbox, v -> fixed(v, 1));
        pair(lines, "VBOX", vbox, v -> fixed(v, 1));
        if (dbl != null) {
            lines.add(new Line("DBL", fixed(dbl, 1)));
        }
        pair(lines, "FED", fed, v -> fixed(v, 1));
        if (frameType != null) {
            lines.add(new Line("FTYP", Integer.toString(frameType)));
        }
        if (edgeType != null) {
            lines.add(new Line("ETYP", Integer.toString(edgeType)));
        }
        pair(lines, "FBOCIN", decentrationIn, v -> fixed(v, 2));
        pair(lines, "FBOCUP", decentrationUp, v -> fixed(v, 2));
        pair(lines, "LIND", index, v -> fixed(v, 3));
        for (Trace trace : traces) {
            lines.add(new Line("TRCFMT", trace.format() + ";" + trace.radii().size() + ";" + trace.mode() + ";"
                    + (trace.side() == Eye.RIGHT ? "R" : "L") + ";" + trace.type()));
            for (int i = 0; i < trace.radii().size(); i += 10) {
                lines.add(new Line("R", String.join(";", trace.radii().subList(i, Math.min(i + 10, trace.radii().size()))
                        .stream().map(String::valueOf).toList())));
            }
        }
        lines.addAll(passthrough);
        return new OmaRecord(lines);
    }

    /** The DCS file: CRLF lines. */
    public String write() {
        return toRecord().write();
    }

    private static <T> void pair(List<Line> lines, String label, Eyes<T> values, Function<T, String> format) {
        if (values.absent()) {
            return;
        }
        String r = values.right() == null ? "" : format.apply(values.right());
        String l = values.left() == null ? "" : format.apply(values.left());
        lines.add(new Line(label, r + ";" + l));
    }

    /** {@code +02.00}, {@code -01.25}, {@code +00.00}: sign, two integer digits, two decimals. */
    static String power(BigDecimal value) {
        BigDecimal v = value.setScale(2, RoundingMode.HALF_EVEN);
        String digits = String.format(Locale.ROOT, "%05.2f", v.abs());
        return (v.signum() < 0 ? "-" : "+") + digits;
    }

    static String fixed(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** Known labels Focal reads; everything else is kept as is. */
    public static Set<String> knownLabels() {
        return Set.copyOf(KNOWN);
    }
}
