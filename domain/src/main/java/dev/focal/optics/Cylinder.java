package dev.focal.optics;

import java.math.BigDecimal;

/**
 * The cylindrical power of one eye in diopters, -10.00 to +10.00 in steps of 0.25, in either sign convention
 * (minus cylinder is Focal's canonical form; see {@link EyeRx#minusCylinderForm()}). Zero means a spherical
 * lens, which people write as {@code DS}, {@code sph} or leave empty.
 */
public record Cylinder(BigDecimal diopters) {

    static final BigDecimal LIMIT = new BigDecimal("10.00");
    public static final Cylinder NONE = new Cylinder(Diopters.ZERO);

    public Cylinder {
        if (diopters.abs().compareTo(LIMIT) > 0) {
            throw new IllegalArgumentException("Cylinder must be between -10.00 and +10.00.");
        }
        diopters = Diopters.onStep(diopters, Diopters.QUARTER,
                "Cylinder goes in steps of 0.25, like -0.75 or -1.00.");
    }

    /** Reads a cylinder as typed; empty, {@code DS}, {@code sph} and {@code pl} mean none. */
    public static Cylinder of(String input) {
        if (input.isBlank() || Diopters.isPlano(input) || input.strip().equals("-")) {
            return NONE;
        }
        // "-1.25 DC" (diopter cylinder), as some prescriptions write it
        BigDecimal value = Diopters.number(Diopters.withoutSuffix(input, "d\\.?c\\.?|cyl\\.?|cylinder"));
        if (value == null) {
            throw new IllegalArgumentException("Cylinder is a number like -0.75 or +1.25; leave it empty if there is none.");
        }
        return new Cylinder(value);
    }

    public static Cylinder of(BigDecimal diopters) {
        return new Cylinder(diopters);
    }

    public static Cylinder of(double diopters) {
        return new Cylinder(BigDecimal.valueOf(diopters));
    }

    public boolean isNone() {
        return diopters.signum() == 0;
    }

    public Cylinder negate() {
        return new Cylinder(diopters.negate());
    }

    /** {@code -1.25}, {@code +0.50}, or {@code DS} when there is none. */
    @Override
    public String toString() {
        return isNone() ? "DS" : Diopters.signed(diopters);
    }
}
