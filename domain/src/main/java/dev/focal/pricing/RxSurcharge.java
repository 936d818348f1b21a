package dev.focal.pricing;

import dev.focal.shared.Money;
import java.math.BigDecimal;

/**
 * A surcharge rule stored as data: high power above a threshold (diopters), high cylinder above a threshold,
 * any prism, or a blank diameter above a threshold (mm). Charged once per pair of lenses.
 */
public record RxSurcharge(String id, Kind kind, BigDecimal threshold, Money amount) {

    public enum Kind {
        HIGH_POWER("High power"),
        HIGH_CYLINDER("High cylinder"),
        PRISM("Prism"),
        OVERSIZE_BLANK("Oversize blank");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public RxSurcharge {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A surcharge cannot be negative.");
        }
    }

    boolean appliesTo(RxFacts rx) {
        return switch (kind) {
            case HIGH_POWER -> rx.highestMeridianPower().compareTo(threshold) > 0;
            case HIGH_CYLINDER -> rx.cylinder().compareTo(threshold) > 0;
            case PRISM -> rx.prism();
            case OVERSIZE_BLANK -> BigDecimal.valueOf(rx.blankDiameterMm()).compareTo(threshold) > 0;
        };
    }

    String describe() {
        return switch (kind) {
            case HIGH_POWER -> "highest-meridian power above " + threshold.toPlainString() + " D";
            case HIGH_CYLINDER -> "cylinder above " + threshold.toPlainString() + " D";
            case PRISM -> "prism ordered";
            case OVERSIZE_BLANK -> "blank diameter above " + threshold.toPlainString() + " mm";
        };
    }
}
