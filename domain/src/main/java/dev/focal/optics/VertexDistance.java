package dev.focal.optics;

import java.math.BigDecimal;

/**
 * The distance from the back of the lens to the cornea in whole millimetres, 8 to 20; 12 when not measured.
 * Powers of 4.00 D and more are compensated for it (see {@code Optics.atVertex}).
 */
public record VertexDistance(int mm) {

    public static final VertexDistance STANDARD = new VertexDistance(12);

    public VertexDistance {
        if (mm < 8 || mm > 20) {
            throw new IllegalArgumentException("Vertex distance must be between 8 and 20 mm.");
        }
    }

    public static VertexDistance of(String input) {
        if (input.isBlank()) {
            return STANDARD;
        }
        BigDecimal value = Diopters.number(input.strip().replaceFirst("(?i)\\s*mm$", ""));
        if (value == null || value.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("Vertex distance is a whole number of millimetres, like 12.");
        }
        return new VertexDistance(value.intValueExact());
    }

    public static VertexDistance of(int mm) {
        return new VertexDistance(mm);
    }

    /** In metres, for the vertex formula. */
    public BigDecimal metres() {
        return BigDecimal.valueOf(mm).movePointLeft(3);
    }

    @Override
    public String toString() {
        return Integer.toString(mm);
    }
}
