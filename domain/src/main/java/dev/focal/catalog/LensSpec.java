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

    /**
     * How long the lens takes over all its indexes, like "5 working days" or "2 to 7 working days" (0 when it has no
     * availability rows).
     */
    public String leadTime() {
        int min = availability.stream().mapToInt(Availability::leadTimeDays).min().orElse(0);
        int max = availability.stream().mapToInt(Availability::leadTimeDays).max().orElse(0);
        return (min == max ? Integer.toString(min) : min + " to " + max) + " working days";
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

        /** The lead time a new availability row starts with: two days for a stock lens, a week for a surfaced one. */
        public static int defaultLeadTimeDays(boolean stockLens) {
            return stockLens ? 2 : 7;
        }

        public int largestBlank() {
            return blankDiameters.stream().mapToInt(Integer::intValue).max().orElse(0);
        }

        /** How it is made and how long it takes, like "stock lens, 2 days" or "surfaced, 7 days". */
        public String leadTime() {
            return (stockLens ? "stock lens, " : "surfaced, ") + leadTimeDays + " days";
        }
    }

    /** A coating the product can carry; included ones cost nothing extra. */
    public record CoatingOption(Coating coating, boolean included) {
    }
}
