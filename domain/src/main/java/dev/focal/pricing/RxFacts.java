package dev.focal.pricing;

import java.math.BigDecimal;

/**
 * The prescription facts that change a lens price: highest-meridian power and cylinder (absolute diopters),
 * whether prism is ordered, and the blank diameter the frame needs (mm).
 */
public record RxFacts(BigDecimal highestMeridianPower, BigDecimal cylinder, boolean prism, int blankDiameterMm) {

    public RxFacts {
        highestMeridianPower = highestMeridianPower.abs();
        cylinder = cylinder.abs();
        if (blankDiameterMm < 0) {
            throw new IllegalArgumentException("A blank diameter cannot be negative.");
        }
    }
}
