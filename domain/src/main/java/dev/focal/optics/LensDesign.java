package dev.focal.optics;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A lens design as the feasibility check sees it: its type, its name, and per index what it can be made in (the
 * availability matrix). The optics engine owns this shape so that it never depends on the catalog; the catalog
 * maps its lens products onto it.
 */
public record LensDesign(Type type, String name, List<IndexRange> indexes) {

    public LensDesign {
        if (name.isBlank()) {
            throw new IllegalArgumentException("A lens design needs a name.");
        }
        indexes = indexes.stream().sorted(Comparator.comparing(IndexRange::indexValue)).toList();
    }

    /** What the lens is for; bifocals and progressives have an addition and a minimum fitting height. */
    public enum Type {
        SINGLE_VISION("single-vision"), BIFOCAL("bifocal"), PROGRESSIVE("progressive"), READING("reading"),
        NON_PRESCRIPTION("non-prescription");

        private final String words;

        Type(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public boolean multifocal() {
            return this == BIFOCAL || this == PROGRESSIVE;
        }
    }

    /**
     * What one index (and its material) can be made in: sphere range (minus-cylinder form, which also bounds the
     * stronger meridian), the strongest cylinder (absolute), the addition range (multifocals), the strongest prism
     * per eye, the blank diameters in mm and the minimum fitting height in mm (multifocals).
     */
    public record IndexRange(String index, String material, BigDecimal sphMin, BigDecimal sphMax, BigDecimal cylMax,
                             @Nullable BigDecimal addMin, @Nullable BigDecimal addMax, BigDecimal prismMax,
                             List<Integer> blankDiameters, @Nullable Integer minFittingHeight) {

        public IndexRange {
            if (!index.matches("1\\.\\d{2,3}")) {
                throw new IllegalArgumentException("A lens index looks like 1.50 or 1.67, not '" + index + "'.");
            }
            if (sphMin.compareTo(sphMax) > 0) {
                throw new IllegalArgumentException("The lowest sphere of index " + index + " is above its highest.");
            }
            cylMax = cylMax.abs();
            blankDiameters = blankDiameters.stream().sorted().toList();
        }

        public BigDecimal indexValue() {
            return new BigDecimal(index);
        }

        public int largestBlank() {
            return blankDiameters.isEmpty() ? 0 : blankDiameters.getLast();
        }

        /** "1.60 MR-8", "1.59 Polycarbonate". */
        public String label() {
            return index + " " + material;
        }
    }

    public Optional<IndexRange> index(String index) {
        return indexes.stream().filter(r -> r.indexValue().compareTo(new BigDecimal(index)) == 0).findFirst();
    }
}
