package dev.focal.optics;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One eye of a contact-lens prescription. By law (15 USC 7604) it names the brand, power, base curve and
 * diameter; toric lenses add cylinder and axis, multifocal lenses an addition written as a value
 * ({@code +1.50}) or a brand's step ({@code LOW}, {@code MED}, {@code HIGH}, {@code D}/{@code N}).
 */
public record ContactLensEye(String brand, Sphere power, BigDecimal baseCurve, BigDecimal diameter,
                             Cylinder cylinder, @Nullable Axis axis, @Nullable String addition) {

    public ContactLensEye {
        if (brand.isBlank()) {
            throw new IllegalArgumentException("A contact-lens prescription names the lens brand.");
        }
        brand = brand.strip();
        if (brand.length() > 100) {
            throw new IllegalArgumentException("Use at most 100 characters for the brand.");
        }
        baseCurve = ranged(baseCurve, "7.0", "10.0", BASE_CURVE_RANGE);
        diameter = ranged(diameter, "12.0", "16.0", DIAMETER_RANGE);
        if (!cylinder.isNone() && axis == null) {
            throw new IllegalArgumentException("A toric lens needs an axis (1 to 180).");
        }
        if (cylinder.isNone() && axis != null) {
            throw new IllegalArgumentException("An axis goes with a cylinder: enter the cylinder, or leave the axis empty.");
        }
        if (addition != null) {
            addition = addition(addition);
        }
    }

    private static final String BASE_CURVE_RANGE = "Base curve (BC) is between 7.0 and 10.0 mm, like 8.6.";
    private static final String DIAMETER_RANGE = "Diameter (DIA) is between 12.0 and 16.0 mm, like 14.2.";

    /** A base curve as typed ({@code 8.6}, {@code 8,6}), range-checked. */
    public static BigDecimal baseCurve(String input) {
        return ranged(millimetres(input, "Base curve"), "7.0", "10.0", BASE_CURVE_RANGE);
    }

    /** A diameter as typed ({@code 14.2}, {@code 14,20}), range-checked. */
    public static BigDecimal diameter(String input) {
        return ranged(millimetres(input, "Diameter"), "12.0", "16.0", DIAMETER_RANGE);
    }

    private static BigDecimal millimetres(String input, String what) {
        BigDecimal value = Diopters.number(input.strip().replaceFirst("(?i)\\s*mm$", ""));
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException(what + " is a number of millimetres like "
                    + (what.startsWith("Base") ? "8.6." : "14.2."));
        }
        return value;
    }

    static @Nullable String addition(String input) {
        String t = input.strip().toUpperCase(Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        switch (t) {
            case "LOW", "LO", "L" -> {
                return "LOW";
            }
            case "MEDIUM", "MED", "MID", "M" -> {
                return "MED";
            }
            case "HIGH", "HI", "H" -> {
                return "HIGH";
            }
            case "D", "N" -> {
                return t;
            }
            default -> {
                try {
                    return Addition.of(t).toString();
                } catch (IllegalArgumentException notAValue) {
                    throw new IllegalArgumentException(
                            "Addition is a value like +1.50, or the brand's LOW, MED or HIGH (D or N for dominant or near).");
                }
            }
        }
    }

    private static BigDecimal ranged(BigDecimal value, String min, String max, String message) {
        if (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0
                || value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(message);
        }
        return value.setScale(value.stripTrailingZeros().scale() > 1 ? 2 : 1);
    }

    public boolean toric() {
        return !cylinder.isNone();
    }

    public boolean multifocal() {
        return addition != null;
    }

    @Override
    public String toString() {
        String s = brand + " " + power + (toric() ? " " + cylinder + " x " + axis : "") + " BC " + baseCurve.toPlainString()
                + " DIA " + diameter.toPlainString();
        return addition != null ? s + " add " + addition : s;
    }
}
