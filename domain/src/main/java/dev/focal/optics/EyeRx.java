package dev.focal.optics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * One eye's spectacle prescription: sphere, cylinder with its axis, the near addition (multifocal prescriptions
 * only) and prism. A cylinder needs an axis and an axis needs a cylinder. Kept as written; use
 * {@link #minusCylinderForm()} for the canonical form Focal computes with.
 */
public record EyeRx(Sphere sphere, Cylinder cylinder, @Nullable Axis axis, @Nullable Addition addition,
                    @Nullable Prism prism) {

    public EyeRx {
        if (!cylinder.isNone() && axis == null) {
            throw new IllegalArgumentException("A cylinder needs an axis (1 to 180).");
        }
        if (cylinder.isNone() && axis != null) {
            throw new IllegalArgumentException("An axis goes with a cylinder: enter the cylinder, or leave the axis empty.");
        }
    }

    /** A spherical eye: no cylinder, addition or prism. */
    public static EyeRx sphere(Sphere sphere) {
        return new EyeRx(sphere, Cylinder.NONE, null, null, null);
    }

    public static EyeRx of(Sphere sphere, Cylinder cylinder, @Nullable Axis axis) {
        return new EyeRx(sphere, cylinder, axis, null, null);
    }

    /** Reads {@code -1.25}, {@code pl -1.25 x 175}, {@code +1.25 +2.50 x 123}, {@code -2.00 DS}. */
    public static EyeRx parse(String written) {
        String[] parts = written.strip().replaceAll("(?i)\\s*[x×@]\\s*", " x").split("\\s+");
        Sphere sphere = Sphere.of(parts[0]);
        if (parts.length == 1 || (parts.length == 2 && Diopters.isPlano(parts[1]))) {
            return sphere(sphere);
        }
        if (parts.length == 3) {
            return of(sphere, Cylinder.of(parts[1]), Axis.of(parts[2]));
        }
        throw new IllegalArgumentException("Write an eye as sphere, cylinder and axis, like -1.25 -0.50 x 180.");
    }

    public EyeRx withAddition(@Nullable Addition newAddition) {
        return new EyeRx(sphere, cylinder, axis, newAddition, prism);
    }

    public EyeRx withPrism(@Nullable Prism newPrism) {
        return new EyeRx(sphere, cylinder, axis, addition, newPrism);
    }

    /**
     * The same lens written in the other cylinder sign: sphere + cylinder, cylinder negated, axis turned 90
     * degrees. A spherical eye is its own transposition.
     */
    public EyeRx transposed() {
        if (cylinder.isNone()) {
            return this;
        }
        return new EyeRx(sphere.plus(cylinder.diopters()), cylinder.negate(), axis.perpendicular(), addition, prism);
    }

    /** Focal's canonical form: minus cylinder (transposed when written in plus cylinder). */
    public EyeRx minusCylinderForm() {
        return cylinder.diopters().signum() > 0 ? transposed() : this;
    }

    public boolean plusCylinder() {
        return cylinder.diopters().signum() > 0;
    }

    /** Spherical equivalent SE = SPH + CYL/2, at scale 3 (it can fall on an eighth). */
    public BigDecimal sphericalEquivalent() {
        return sphere.diopters().add(cylinder.diopters().divide(BigDecimal.TWO, 3, RoundingMode.UNNECESSARY))
                .setScale(3, RoundingMode.UNNECESSARY);
    }

    /** The power of the stronger principal meridian, as an absolute value: max(|SPH|, |SPH + CYL|). */
    public BigDecimal highestMeridian() {
        return sphere.diopters().abs().max(sphere.diopters().add(cylinder.diopters()).abs());
    }

    /** As an optician writes it: {@code -2.25 -0.75 x 180}, {@code +1.00 DS}. */
    @Override
    public String toString() {
        String base = cylinder.isNone() ? sphere + " DS" : sphere + " " + cylinder + " x " + axis;
        if (addition != null) {
            base += " add " + addition;
        }
        if (prism != null) {
            base += " prism " + prism;
        }
        return base;
    }
}
