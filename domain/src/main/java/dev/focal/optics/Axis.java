package dev.focal.optics;

import java.util.Locale;

/**
 * The cylinder axis in whole degrees, 1 to 180. An axis of 0 is the same meridian as 180 and is stored as 180.
 */
public record Axis(int degrees) {

    public Axis {
        if (degrees == 0) {
            degrees = 180;
        }
        if (degrees < 0 || degrees > 180) {
            throw new IllegalArgumentException("Axis must be between 1 and 180 degrees.");
        }
    }

    /** Reads an axis as typed: {@code 180}, {@code x180}, {@code X 90}, {@code 090}, {@code 45°}, {@code @45}. */
    public static Axis of(String input) {
        String t = input.strip().toLowerCase(Locale.ROOT).replaceFirst("^(x|×|@|ax|axis)\\s*", "")
                .replaceFirst("\\s*(°|deg|degrees)$", "");
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Enter the axis, a whole number of degrees from 1 to 180.");
        }
        if (!t.matches("\\d{1,4}")) {
            throw new IllegalArgumentException(t.matches("\\d+[.,]\\d+")
                    ? "Axis is a whole number of degrees, like 90 or 180."
                    : "Axis is a number of degrees from 1 to 180, like 90 or x180.");
        }
        return new Axis(Integer.parseInt(t));
    }

    public static Axis of(int degrees) {
        return new Axis(degrees);
    }

    /** The perpendicular meridian: +90 up to 90, -90 above it. */
    public Axis perpendicular() {
        return new Axis(degrees <= 90 ? degrees + 90 : degrees - 90);
    }

    /** Three digits as on a lab ticket: {@code 005}, {@code 090}, {@code 180}. */
    public String threeDigits() {
        return String.format(Locale.ROOT, "%03d", degrees);
    }

    @Override
    public String toString() {
        return threeDigits();
    }
}
