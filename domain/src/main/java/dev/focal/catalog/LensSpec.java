package dev.focal.catalog;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A lens product: its type and design, the availability matrix per index (what powers, additions, prism,
 * blank diameters and fitting heights it can be made in, and whether it is a stock lens or surfaced), and the
 * coatings it can carry (some included in the price).
 */
public record LensSpec(LensType type, String design, List<Availability> availability, List<CoatingOption> coatings) {

    public LensSpec {
        availability = List.copyOf(availability);
        coatings = List.copyOf(coatings);
    }

    public enum LensType {
        SINGLE_VISION, BIFOCAL, PROGRESSIVE, READING, NON_PRESCRIPTION;

        /** Bifocals and progressives have an addition and need a minimum fitting height. */
        public boolean multifocal() {
            return this == BIFOCAL || this == PROGRESSIVE;
        }
    }

    /** The indexes Focal knows, with their usual material. */
    public static final List<String> INDEXES = List.of("1.50", "1.53", "1.56", "1.59", "1.60", "1.67", "1.74");

    /**
     * One row of the availability matrix: for an index (and its material), the SPH range, the largest
     * cylinder (absolute, minus-cylinder form), the ADD range (multifocals only), the largest prism, the blank
     * diameters in mm, the minimum fitting height in mm (multifocals only), stock or surfaced, and lead time.
     */
    public record Availability(String index, String material, BigDecimal sphMin, BigDecimal sphMax, BigDecimal cylMax,
                               @Nullable BigDecimal addMin, @Nullable BigDecimal addMax, BigDecimal prismMax,
                               List<Integer> blankDiameters, @Nullable Integer minFittingHeight, boolean stockLens,
                               int leadTimeDays) {

        public Availability {
            blankDiameters = List.copyOf(blankDiameters);
        }

        public int largestBlank() {
            return blankDiameters.stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    /** A coating the product can carry; included ones cost nothing extra. */
    public record CoatingOption(Coating coating, boolean included) {
    }
}
