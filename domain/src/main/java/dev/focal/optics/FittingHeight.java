package dev.focal.optics;

import java.math.BigDecimal;

/**
 * Fitting or segment height in millimetres, measured from the lowest point of the lens box to the pupil centre
 * (progressives) or segment top (bifocals): 10 to 40 in steps of 0.5. Whether it fits a frame (at most B - 4) and
 * a lens design (at least its minimum) is a feasibility question.
 */
public record FittingHeight(BigDecimal mm) {

    public FittingHeight {
        mm = PupillaryDistance.mm(mm, "10", "40", "Fitting height must be between 10 and 40 mm.");
    }

    public static FittingHeight of(String input) {
        BigDecimal value = Diopters.number(input.strip().replaceFirst("(?i)\\s*mm$", ""));
        if (value == null) {
            throw new IllegalArgumentException("Fitting height is a number of millimetres like 18 or 22.5.");
        }
        return new FittingHeight(value);
    }

    public static FittingHeight of(double mm) {
        return new FittingHeight(BigDecimal.valueOf(mm));
    }

    @Override
    public String toString() {
        return mm.toPlainString();
    }
}
