package dev.focal.optics;

import java.math.BigDecimal;

/**
 * The near addition of a multifocal prescription: +0.50 to +5.00 D in steps of 0.25; above +4.00 it is legal but
 * unusual. Always positive; a leading {@code +} is optional.
 */
public record Addition(BigDecimal diopters) {

    static final BigDecimal MIN = new BigDecimal("0.50");
    static final BigDecimal MAX = new BigDecimal("5.00");
    static final BigDecimal USUAL_MAX = new BigDecimal("4.00");

    public Addition {
        if (diopters.signum() < 0) {
            throw new IllegalArgumentException("An addition is always positive, like +2.00.");
        }
        if (diopters.compareTo(MIN) < 0 || diopters.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("Addition must be between +0.50 and +5.00.");
        }
        diopters = Diopters.onStep(diopters, Diopters.QUARTER, "Addition goes in steps of 0.25, like +1.75 or +2.00.");
    }

    public static Addition of(String input) {
        BigDecimal value = Diopters.number(input);
        if (value == null) {
            throw new IllegalArgumentException("Addition is a number like +2.00; leave it empty if there is none.");
        }
        return new Addition(value);
    }

    public static Addition of(BigDecimal diopters) {
        return new Addition(diopters);
    }

    public static Addition of(double diopters) {
        return new Addition(BigDecimal.valueOf(diopters));
    }

    /** Above +4.00: legal, but worth a second look. */
    public boolean unusual() {
        return diopters.compareTo(USUAL_MAX) > 0;
    }

    @Override
    public String toString() {
        return Diopters.signed(diopters);
    }
}
