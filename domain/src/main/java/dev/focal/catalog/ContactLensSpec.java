package dev.focal.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * A contact lens: modality (how long one lens is worn), pack size, the base curves and diameters it comes
 * in, its sphere range, and the cylinders (toric) or additions (multifocal) it offers.
 */
public record ContactLensSpec(Modality modality, int packSize, List<BigDecimal> baseCurves,
                              List<BigDecimal> diameters, BigDecimal sphMin, BigDecimal sphMax, boolean toric,
                              List<BigDecimal> cylinders, boolean multifocal, List<String> additions) {

    public ContactLensSpec {
        baseCurves = List.copyOf(baseCurves);
        diameters = List.copyOf(diameters);
        cylinders = List.copyOf(cylinders);
        additions = List.copyOf(additions);
    }

    public enum Modality {
        DAILY(1), TWO_WEEKLY(14), MONTHLY(30), QUARTERLY(90), YEARLY(365);

        private final int replacementDays;

        Modality(int replacementDays) {
            this.replacementDays = replacementDays;
        }

        /** The replacement schedule: a lens is replaced after this many days. */
        public int replacementDays() {
            return replacementDays;
        }
    }

    /** How many days one pack lasts for both eyes. */
    public int supplyDays() {
        return Math.max(1, packSize / 2) * modality.replacementDays();
    }
}
