package dev.focal.optics;

import dev.focal.optics.RxField.Eye;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * ANSI Z80.1 tolerances for checking finished spectacle lenses, read from {@code optics/ansi-z80.1.csv} (data, so a
 * revision of the standard is a new table version, not new code), and the checker that compares ordered and
 * measured values per eye: pass or fail per measure, with the tolerance applied and the band it came from.
 *
 * <p>Sphere is the highest-power meridian (signed), cylinder is in minus-cylinder form; the axis is checked only
 * when the ordered cylinder is 0.12 D or more, with the tolerance of its cylinder band; an axis deviation is the
 * smaller angle between the two axes (179 and 001 are 2 degrees apart).
 */
public final class AnsiTolerances {

    static final String RESOURCE = "optics/ansi-z80.1.csv";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String version;
    private final List<Band> bands;

    private AnsiTolerances(RuleFile file) {
        this.version = file.version();
        var list = new ArrayList<Band>();
        for (List<String> row : file.rows()) {
            if (row.size() < 5) {
                throw new IllegalStateException(file.name() + ": the row " + String.join(";", row) + " needs 5 cells.");
            }
            list.add(Band.parse(row));
        }
        this.bands = List.copyOf(list);
    }

    public static AnsiTolerances standard() {
        return Holder.STANDARD;
    }

    public static AnsiTolerances parse(String name, String text) {
        return new AnsiTolerances(RuleFile.parse(name, text));
    }

    private static final class Holder {
        static final AnsiTolerances STANDARD = new AnsiTolerances(RuleFile.load(RESOURCE));
    }

    /** "ANSI Z80.1-2020 focal-1". */
    public String version() {
        return "ANSI " + version;
    }

    /** Single-vision and multifocal (bifocal, trifocal) lenses share one column; progressives have their own. */
    public enum LensKind {
        SINGLE_VISION_OR_MULTIFOCAL("SV"), PROGRESSIVE("PAL");

        private final String column;

        LensKind(String column) {
            this.column = column;
        }
    }

    public enum Measure {
        SPHERE, CYLINDER, AXIS, ADD, PRISM_VERTICAL, PRISM_HORIZONTAL, HEIGHT
    }

    public enum Unit { D, PERCENT, DEG, PRISM, MM }

    /**
     * One row of the table: for a measure and lens column, the ordered values above {@code above} (or from it,
     * when {@code fromInclusive}) up to {@code upTo} (null = no limit) get {@code tolerance} in {@code unit}.
     */
    public record Band(Measure measure, String lens, @Nullable BigDecimal above, boolean fromInclusive,
                       @Nullable BigDecimal upTo, BigDecimal tolerance, Unit unit, String text) {

        static Band parse(List<String> row) {
            Measure measure = Measure.valueOf(row.get(0).toUpperCase(Locale.ROOT));
            String range = row.get(2);
            BigDecimal above = null;
            BigDecimal upTo = null;
            boolean inclusive = true;
            if (!range.equals("*")) {
                String r = range;
                if (r.startsWith(">")) {
                    inclusive = false;
                    r = r.substring(1);
                }
                String[] ends = r.split("\\.\\.", -1);
                above = new BigDecimal(ends[0]);
                upTo = ends.length > 1 ? new BigDecimal(ends[1]) : null;
            }
            Unit unit = switch (row.get(4)) {
                case "%" -> Unit.PERCENT;
                default -> Unit.valueOf(row.get(4).toUpperCase(Locale.ROOT));
            };
            return new Band(measure, row.get(1), above, inclusive, upTo, new BigDecimal(row.get(3)), unit, range);
        }

        boolean contains(BigDecimal value) {
            BigDecimal v = value.abs();
            if (above != null && (fromInclusive ? v.compareTo(above) < 0 : v.compareTo(above) <= 0)) {
                return false;
            }
            return upTo == null || v.compareTo(upTo) <= 0;
        }

        /** The tolerance for an ordered value: fixed, or the percentage of it. */
        public BigDecimal toleranceFor(BigDecimal ordered) {
            return unit == Unit.PERCENT
                    ? ordered.abs().multiply(tolerance).divide(HUNDRED, 4, RoundingMode.HALF_UP)
                    : tolerance;
        }

        /** "sphere SV >6.50: 2%". */
        public String describe() {
            String amount = tolerance.stripTrailingZeros().toPlainString();
            return measure.name().toLowerCase(Locale.ROOT) + " " + lens + " " + text + ": +/-" + switch (unit) {
                case PERCENT -> amount + "%";
                case D -> amount + " D";
                case DEG -> amount + " deg";
                case PRISM -> amount + " prism D";
                case MM -> amount + " mm";
            };
        }
    }

    /** The band that applies to an ordered value, if any (none: an axis on a cylinder under 0.12 D). */
    public Optional<Band> band(Measure measure, LensKind kind, BigDecimal ordered) {
        return bands.stream()
                .filter(b -> b.measure() == measure && (b.lens().equals("ALL") || b.lens().equals(kind.column)))
                .filter(b -> b.contains(ordered))
                .findFirst();
    }

    public List<Band> bands() {
        return bands;
    }

    /**
     * One eye's values as ordered or as measured on the lensmeter: the highest-power meridian (signed), the
     * cylinder (minus form), the axis, the addition and the segment or fitting height in mm (null when none).
     */
    public record Eyes(BigDecimal sphere, BigDecimal cylinder, @Nullable Integer axis, @Nullable BigDecimal add,
                       @Nullable BigDecimal height) {

        /** An ordered eye from a prescription: minus-cylinder form, the highest meridian with its sign. */
        public static Eyes of(EyeRx eye, @Nullable FittingHeight height) {
            EyeRx minus = eye.minusCylinderForm();
            BigDecimal s = minus.sphere().diopters();
            BigDecimal meridian = s.add(minus.cylinder().diopters());
            BigDecimal highest = meridian.abs().compareTo(s.abs()) > 0 ? meridian : s;
            return new Eyes(highest, minus.cylinder().diopters(), minus.axis() == null ? null : minus.axis().degrees(),
                    minus.addition() == null ? null : minus.addition().diopters(), height == null ? null : height.mm());
        }
    }

    /** Both eyes and the prism imbalance between them (vertical and horizontal, prism diopters). */
    public record Pair(Eyes right, Eyes left, BigDecimal verticalImbalance, BigDecimal horizontalImbalance) {

        public Eyes eye(Eye eye) {
            return eye == Eye.RIGHT ? right : left;
        }
    }

    /** One measure compared: ordered, measured, their difference, the tolerance applied and its band. */
    public record Line(Measure measure, @Nullable Eye eye, BigDecimal ordered, @Nullable BigDecimal measured,
                       BigDecimal deviation, BigDecimal tolerance, String band, boolean pass) {
    }

    /** The result of a final inspection: every line and whether all passed, with the table version. */
    public record Report(String version, LensKind kind, List<Line> lines) {

        public Report {
            lines = List.copyOf(lines);
        }

        public boolean passed() {
            return lines.stream().allMatch(Line::pass);
        }

        public List<Line> failures() {
            return lines.stream().filter(l -> !l.pass()).toList();
        }
    }

    /** Compares measured lenses with the order. */
    public Report check(LensKind kind, Pair ordered, Pair measured) {
        var lines = new ArrayList<Line>();
        for (Eye eye : Eye.values()) {
            Eyes o = ordered.eye(eye);
            Eyes m = measured.eye(eye);
            lines.add(line(Measure.SPHERE, kind, eye, o.sphere(), m.sphere()));
            lines.add(line(Measure.CYLINDER, kind, eye, o.cylinder(), m.cylinder()));
            Optional<Band> axisBand = o.axis() == null ? Optional.empty()
                    : band(Measure.AXIS, kind, o.cylinder());
            if (axisBand.isPresent()) {
                Band band = axisBand.get();
                BigDecimal orderedAxis = BigDecimal.valueOf(o.axis());
                if (m.axis() == null) {
                    lines.add(new Line(Measure.AXIS, eye, orderedAxis, null, BigDecimal.valueOf(90),
                            band.toleranceFor(o.cylinder()), band.describe(), false));
                } else {
                    int diff = Math.abs(o.axis() - m.axis()) % 180;
                    int deviation = Math.min(diff, 180 - diff);
                    BigDecimal tolerance = band.toleranceFor(o.cylinder());
                    lines.add(new Line(Measure.AXIS, eye, orderedAxis, BigDecimal.valueOf(m.axis()),
                            BigDecimal.valueOf(deviation), tolerance, band.describe(),
                            BigDecimal.valueOf(deviation).compareTo(tolerance) <= 0));
                }
            }
            if (o.add() != null) {
                lines.add(line(Measure.ADD, kind, eye, o.add(), m.add()));
            }
            if (o.height() != null) {
                lines.add(line(Measure.HEIGHT, kind, eye, o.height(), m.height()));
            }
        }
        lines.add(line(Measure.PRISM_VERTICAL, kind, null, ordered.verticalImbalance(), measured.verticalImbalance()));
        lines.add(line(Measure.PRISM_HORIZONTAL, kind, null, ordered.horizontalImbalance(),
                measured.horizontalImbalance()));
        return new Report(version(), kind, lines);
    }

    private Line line(Measure measure, LensKind kind, @Nullable Eye eye, BigDecimal ordered,
                      @Nullable BigDecimal measured) {
        Band band = band(measure, kind, ordered).orElseThrow(() -> new IllegalStateException(
                "The tolerance table " + version + " has no band for " + measure + " " + ordered));
        BigDecimal tolerance = band.toleranceFor(ordered);
        if (measured == null) {
            return new Line(measure, eye, ordered, null, ordered.abs(), tolerance, band.describe(), false);
        }
        BigDecimal deviation = measured.subtract(ordered).abs();
        return new Line(measure, eye, ordered, measured, deviation, tolerance, band.describe(),
                deviation.compareTo(tolerance) <= 0);
    }
}
