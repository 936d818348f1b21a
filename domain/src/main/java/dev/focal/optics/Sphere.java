package dev.focal.optics;

import java.math.BigDecimal;

/**
 * The spherical power of one eye in diopters, -30.00 to +30.00 in steps of 0.25. Plano is zero; beyond
 * +/-20.00 it is legal but unusual (see {@link #unusual()}).
 */
public record Sphere(BigDecimal diopters) implements Comparable<Sphere> {

    static final BigDecimal LIMIT = new BigDecimal("30.00");
    static final BigDecimal USUAL_LIMIT = new BigDecimal("20.00");
    public static final Sphere PLANO = new Sphere(Diopters.ZERO);

    public Sphere {
        if (diopters.abs().compareTo(LIMIT) > 0) {
            throw new IllegalArgumentException("Sphere must be between -30.00 and +30.00.");
        }
        diopters = Diopters.onStep(diopters, Diopters.QUARTER,
                "Sphere goes in steps of 0.25, like -2.25 or -2.50.");
    }

    /**
     * Reads a sphere as typed: {@code -2.25}, {@code -2,25}, {@code +2}, {@code pl}, {@code plano}, {@code DS},
     * {@code -2.00 DS}.
     */
    public static Sphere of(String input) {
        if (input.isBlank()) {
            throw new IllegalArgumentException("Enter the sphere (SPH), or PL for plano.");
        }
        if (Diopters.isPlano(input)) {
            return PLANO;
        }
        // "-2.00 DS" (diopter sphere): a sphere with no cylinder, as many prescriptions write it
        BigDecimal value = Diopters.number(Diopters.withoutSuffix(input, "d\\.?s\\.?|sph\\.?|sphere"));
        if (value == null) {
            throw new IllegalArgumentException("Sphere is a number like -2.25 or +1.50, or PL for plano.");
        }
        return new Sphere(value);
    }

    public static Sphere of(BigDecimal diopters) {
        return new Sphere(diopters);
    }

    public static Sphere of(double diopters) {
        return new Sphere(BigDecimal.valueOf(diopters));
    }

    public boolean isPlano() {
        return diopters.signum() == 0;
    }

    /** Stronger than +/-20.00: legal, but worth a second look. */
    public boolean unusual() {
        return diopters.abs().compareTo(USUAL_LIMIT) > 0;
    }

    public Sphere plus(BigDecimal other) {
        return new Sphere(diopters.add(other));
    }

    @Override
    public int compareTo(Sphere other) {
        return diopters.compareTo(other.diopters);
    }

    /** {@code +2.00}, {@code -0.25}, or {@code PL} for plano. */
    @Override
    public String toString() {
        return isPlano() ? "PL" : Diopters.signed(diopters);
    }
}
