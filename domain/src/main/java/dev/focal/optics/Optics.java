package dev.focal.optics;

import dev.focal.optics.RxField.Eye;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * The optician's calculations on a prescription. All are exact in {@link BigDecimal} (to 6 decimals) until the
 * very end, where a value to order is rounded to the 0.25 D step and the exact value stays available.
 *
 * <ul>
 * <li>Vertex compensation: a lens of power F worn at distance d (metres) in front of the cornea has the effect of
 * Fc = F / (1 - d F) at the cornea. Moving a lens by x metres towards the eye: F' = F / (1 - x F). Done per
 * principal meridian and rebuilt into sphere, cylinder and axis.</li>
 * <li>Near and intermediate powers: near = sphere + addition; intermediate = sphere + fraction x addition.</li>
 * <li>Prentice's rule: induced prism P (prism diopters) = c (cm) x F (D), in matrix form for sphero-cylinders:
 * P = -F c, with the dioptric power matrix F = [[S + C sin²a, -C sin a cos a], [-C sin a cos a, S + C cos²a]].
 * Its diagonal is the power in the horizontal and vertical meridians, F(θ) = S + C sin²(θ - a).</li>
 * </ul>
 */
public final class Optics {

    /** Vertex compensation starts at this power (DOMAIN.md: abs(power) >= 4.00 D). */
    public static final BigDecimal VERTEX_THRESHOLD = new BigDecimal("4.00");
    /** The reading point for prism imbalance: 10 mm below the optical centre. */
    public static final BigDecimal READING_DROP_MM = new BigDecimal("10");
    /** The default share of the addition for intermediate (computer) distance. */
    public static final BigDecimal HALF = new BigDecimal("0.50");

    static final MathContext MC = MathContext.DECIMAL64;

    private Optics() {
    }

    // ---------------------------------------------------------------- vertex

    /**
     * The effective power of {@code power} diopters after moving the lens {@code metres} towards the eye:
     * F / (1 - d F). From the spectacle plane to the cornea, d is the vertex distance.
     *
     * @throws IllegalArgumentException when 1 - d F is zero or negative (the focal point lies between the planes)
     */
    public static BigDecimal effectivePower(BigDecimal power, BigDecimal metres) {
        BigDecimal denominator = BigDecimal.ONE.subtract(metres.multiply(power, MC), MC);
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("A power of " + power.toPlainString() + " D cannot be moved "
                    + metres.movePointRight(3).toPlainString() + " mm: its focal point lies in between.");
        }
        return power.divide(denominator, MC).setScale(6, RoundingMode.HALF_EVEN);
    }

    /**
     * One eye's power at the cornea (what a contact lens would need) for glasses worn at {@code vertex}.
     * Compensated only when the stronger meridian is 4.00 D or more; both meridians are compensated then.
     */
    public static VertexCompensation atCornea(EyeRx eye, VertexDistance vertex) {
        return moved(eye, vertex.metres());
    }

    /** One eye's power for glasses worn at {@code to} instead of {@code from} (a deeper or shallower frame). */
    public static VertexCompensation atVertex(EyeRx eye, VertexDistance from, VertexDistance to) {
        return moved(eye, BigDecimal.valueOf(from.mm() - to.mm()).movePointLeft(3));
    }

    /**
     * Glasses power from a power at the cornea (for example a refraction over contact lenses, or a contact lens
     * Rx checked against glasses): the inverse, F = Fc / (1 + d Fc).
     */
    public static VertexCompensation atSpectaclePlane(EyeRx corneal, VertexDistance vertex) {
        return moved(corneal, vertex.metres().negate());
    }

    private static VertexCompensation moved(EyeRx eye, BigDecimal metres) {
        EyeRx minus = eye.minusCylinderForm();
        BigDecimal first = minus.sphere().diopters();
        BigDecimal second = first.add(minus.cylinder().diopters());
        boolean applies = minus.highestMeridian().compareTo(VERTEX_THRESHOLD) >= 0 && metres.signum() != 0;
        if (!applies) {
            return new VertexCompensation(eye, minus, first.setScale(6), second.setScale(6), false);
        }
        BigDecimal exactFirst = effectivePower(first, metres);
        BigDecimal exactSecond = effectivePower(second, metres);
        Sphere sphere = Sphere.of(toQuarter(exactFirst));
        BigDecimal cyl = toQuarter(exactSecond).subtract(sphere.diopters());
        EyeRx ordered = cyl.signum() == 0
                ? new EyeRx(sphere, Cylinder.NONE, null, minus.addition(), minus.prism())
                : new EyeRx(sphere, Cylinder.of(cyl), minus.axis(), minus.addition(), minus.prism());
        return new VertexCompensation(eye, ordered.minusCylinderForm(), exactFirst, exactSecond, true);
    }

    /**
     * A vertex-compensated eye: {@code ordered} is rounded to the 0.25 D step (each meridian to the nearest
     * quarter, ties toward the weaker power) in minus-cylinder form, with the axis unchanged; {@code exactSphere}
     * and {@code exactMeridian} are the unrounded powers of the two principal meridians (along the axis and 90
     * degrees from it). {@code compensated} is false below 4.00 D, where nothing changes.
     */
    public record VertexCompensation(EyeRx original, EyeRx ordered, BigDecimal exactSphere, BigDecimal exactMeridian,
                                     boolean compensated) {

        /** The exact cylinder: second meridian minus first. */
        public BigDecimal exactCylinder() {
            return exactMeridian.subtract(exactSphere);
        }

        /** The exact sphere to 2 decimals, as an optician would quote it (-8.93). */
        public BigDecimal exactSphere2() {
            return exactSphere.setScale(2, RoundingMode.HALF_UP);
        }

        /** The exact cylinder to 2 decimals. */
        public BigDecimal exactCylinder2() {
            return exactCylinder().setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** The nearest multiple of 0.25; a value exactly in between goes to the weaker power (toward zero). */
    public static BigDecimal toQuarter(BigDecimal value) {
        BigDecimal quarters = value.multiply(BigDecimal.valueOf(4)).setScale(0, RoundingMode.HALF_DOWN);
        return quarters.divide(BigDecimal.valueOf(4)).setScale(2, RoundingMode.UNNECESSARY);
    }

    // ---------------------------------------------------------------- near and intermediate

    /**
     * Reading glasses from a multifocal prescription: each eye's sphere plus its addition, no addition; cylinder,
     * axis and prism unchanged; the PD becomes the near PD; fitting heights are dropped (single-vision reading
     * lenses are centred for the reading position).
     *
     * @throws IllegalArgumentException when the prescription has no addition
     */
    public static SpectacleRx nearRx(SpectacleRx rx) {
        return withAddShare(rx, BigDecimal.ONE, "reading");
    }

    /** Computer (intermediate) glasses with half the addition; see {@link #intermediateRx(SpectacleRx, BigDecimal)}. */
    public static SpectacleRx intermediateRx(SpectacleRx rx) {
        return intermediateRx(rx, HALF);
    }

    /**
     * Intermediate glasses: each eye's sphere plus {@code fraction} (0 to 1, usually 0.5 to 0.6) of its addition,
     * rounded to the nearest 0.25 D (ties toward less plus, which keeps the far end of the range clear). The PD lies
     * half way between distance and near PD.
     */
    public static SpectacleRx intermediateRx(SpectacleRx rx, BigDecimal fraction) {
        if (fraction.signum() <= 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("The share of the addition lies between 0 and 1, like 0.5.");
        }
        return withAddShare(rx, fraction, "intermediate");
    }

    private static SpectacleRx withAddShare(SpectacleRx rx, BigDecimal fraction, String what) {
        if (!rx.multifocal()) {
            throw new IllegalArgumentException("A " + what + " prescription is derived from one with a reading "
                    + "addition (ADD); this one has none.");
        }
        EyeRx right = addShare(rx.right(), fraction);
        EyeRx left = addShare(rx.left(), fraction);
        PupillaryDistance pd = rx.pd();
        PupillaryDistance newPd = pd;
        if (pd != null) {
            BigDecimal drop = pd.distance().subtract(pd.nearOrDefault()).multiply(fraction);
            try {
                // Monocular stays monocular: each eye turns in by half the drop, so an asymmetric face keeps its centres.
                newPd = pd.monocular()
                        ? PupillaryDistance.monocular(halfMillimetre(pd.right().subtract(drop.divide(BigDecimal.TWO))),
                                halfMillimetre(pd.left().subtract(drop.divide(BigDecimal.TWO))))
                        : PupillaryDistance.binocular(halfMillimetre(pd.distance().subtract(drop)));
            } catch (IllegalArgumentException tooNarrow) {
                newPd = pd;
            }
        }
        return new SpectacleRx(right, left, newPd, null, null, rx.vertex());
    }

    private static BigDecimal halfMillimetre(BigDecimal mm) {
        BigDecimal halfSteps = mm.multiply(BigDecimal.TWO).setScale(0, RoundingMode.HALF_UP);
        return halfSteps.divide(BigDecimal.TWO).setScale(1, RoundingMode.UNNECESSARY);
    }

    private static EyeRx addShare(EyeRx eye, BigDecimal fraction) {
        Addition add = eye.addition();
        BigDecimal share = add.diopters().multiply(fraction);
        BigDecimal rounded = toQuarter(share);
        return new EyeRx(eye.sphere().plus(rounded), eye.cylinder(), eye.axis(), null, eye.prism());
    }

    // ---------------------------------------------------------------- Prentice

    /**
     * Prentice's rule for a single power: prism diopters = decentration in cm x power in D (the magnitude;
     * +3.00 D decentred 4 mm gives 1.20).
     */
    public static BigDecimal prentice(BigDecimal decentrationMm, BigDecimal power) {
        return decentrationMm.movePointLeft(1).multiply(power).abs().setScale(2, RoundingMode.HALF_UP);
    }

    /** The power of an eye in the meridian at {@code degrees}: F(θ) = S + C sin²(θ - axis). */
    public static BigDecimal powerInMeridian(EyeRx eye, int degrees) {
        if (eye.cylinder().isNone()) {
            return eye.sphere().diopters().setScale(6);
        }
        double s = Math.sin(Math.toRadians(degrees - eye.axis().degrees()));
        return eye.sphere().diopters().add(eye.cylinder().diopters().multiply(BigDecimal.valueOf(s * s), MC))
                .setScale(6, RoundingMode.HALF_EVEN);
    }

    /**
     * The prism an eye sees through a point away from its optical centre: {@code inMm} toward the nose (negative
     * = toward the temple), {@code upMm} up (negative = down). Computed with the dioptric power matrix, so an
     * oblique cylinder gives the small cross component too; for a horizontal or vertical decentration the main part
     * is exactly Prentice's rule with the power in that meridian. A plus lens gives base toward the optical centre,
     * a minus lens base away from it (looking 10 mm below the centre of a +2.00: 2.00 base up).
     */
    public static InducedPrism prismAt(EyeRx eye, Eye side, BigDecimal inMm, BigDecimal upMm) {
        double s = eye.sphere().diopters().doubleValue();
        double c = eye.cylinder().diopters().doubleValue();
        double a = eye.axis() == null ? 0 : Math.toRadians(eye.axis().degrees());
        double fxx = s + c * Math.sin(a) * Math.sin(a);
        double fyy = s + c * Math.cos(a) * Math.cos(a);
        double fxy = -c * Math.sin(a) * Math.cos(a);
        // x runs to the wearer's left as seen from the front (TABO); nasal is +x for the right eye, -x for the left
        double nasal = side == Eye.RIGHT ? 1 : -1;
        double x = inMm.doubleValue() / 10 * nasal;
        double y = upMm.doubleValue() / 10;
        double px = -(fxx * x + fxy * y);
        double py = -(fxy * x + fyy * y);
        double towardNose = px * nasal;
        return new InducedPrism(round2(towardNose), round2(py));
    }

    /**
     * Induced prism in prism diopters: {@code horizontal} positive is base in, negative base out; {@code vertical}
     * positive is base up, negative base down.
     */
    public record InducedPrism(BigDecimal horizontal, BigDecimal vertical) {

        public Prism.Base horizontalBase() {
            return horizontal.signum() >= 0 ? Prism.Base.IN : Prism.Base.OUT;
        }

        public Prism.Base verticalBase() {
            return vertical.signum() >= 0 ? Prism.Base.UP : Prism.Base.DOWN;
        }

        /** {@code 1.20 BO, 0.40 BU}. */
        @Override
        public String toString() {
            return horizontal.abs().toPlainString() + " " + horizontalBase().code() + ", " + vertical.abs().toPlainString()
                    + " " + verticalBase().code();
        }
    }

    /**
     * The prism imbalance between the eyes when both look through the same point relative to their optical
     * centres ({@code downMm} below, {@code inMm} toward the nose): the difference of the induced vertical prisms
     * (what makes reading through the lower part of anisometropic lenses tiring, and what lab QC compares to
     * ANSI Z80.1's 0.33 prism diopters) and of the horizontal ones (base in / base out do not cancel between eyes:
     * the total base-in minus base-out counts).
     */
    public static PrismImbalance imbalanceAt(SpectacleRx rx, BigDecimal downMm, BigDecimal inMm) {
        InducedPrism right = prismAt(rx.right().minusCylinderForm(), Eye.RIGHT, inMm, downMm.negate());
        InducedPrism left = prismAt(rx.left().minusCylinderForm(), Eye.LEFT, inMm, downMm.negate());
        BigDecimal vertical = right.vertical().subtract(left.vertical());
        BigDecimal horizontal = right.horizontal().add(left.horizontal());
        return new PrismImbalance(right, left, vertical.abs(), horizontal.abs(),
                vertical.signum() == 0 ? null : vertical.signum() > 0 ? Eye.RIGHT : Eye.LEFT);
    }

    /** The vertical and horizontal imbalance at the usual reading point, 10 mm below the optical centres. */
    public static PrismImbalance readingImbalance(SpectacleRx rx) {
        return imbalanceAt(rx, READING_DROP_MM, BigDecimal.ZERO);
    }

    /**
     * The induced prism per eye and the imbalance between them, in prism diopters; {@code baseUpEye} is the eye
     * with the net base-up prism (null when balanced).
     */
    public record PrismImbalance(InducedPrism right, InducedPrism left, BigDecimal vertical, BigDecimal horizontal,
                                 @Nullable Eye baseUpEye) {
    }

    private static BigDecimal round2(double value) {
        BigDecimal v = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        return v.signum() == 0 ? v.abs() : v;
    }
}
