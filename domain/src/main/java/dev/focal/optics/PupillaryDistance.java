package dev.focal.optics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Pupillary distance in millimetres, in steps of 0.5: binocular (40 to 80, adults usually 50 to 75) or monocular
 * (right and left, each from the bridge of the nose, 20 to under 40). The near PD defaults to the distance PD minus 3.
 * Monocular values are preferred for progressives.
 */
public record PupillaryDistance(@Nullable BigDecimal binocular, @Nullable BigDecimal right, @Nullable BigDecimal left,
                                @Nullable BigDecimal near) {

    static final BigDecimal HALF = new BigDecimal("0.5");
    static final String MONOCULAR_RANGE = "A monocular PD is 20 to 39.5 mm, measured from the middle of the nose.";
    static final BigDecimal NEAR_OFFSET = new BigDecimal("3.0");
    /** Monocular halves may differ from a separately measured binocular PD by this much before it is an error. */
    static final BigDecimal SUM_TOLERANCE = new BigDecimal("1.0");

    public PupillaryDistance {
        if (binocular == null && (right == null || left == null)) {
            throw new IllegalArgumentException(right == null && left == null
                    ? "Enter the PD: one number, or right and left."
                    : "Enter both monocular PDs, right and left.");
        }
        if (binocular != null) {
            binocular = mm(binocular, "40", "80", "PD must be between 40 and 80 mm.");
        }
        if (right != null) {
            right = mm(right, "20", "39.5", MONOCULAR_RANGE);
        }
        if (left != null) {
            left = mm(left, "20", "39.5", MONOCULAR_RANGE);
        }
        if (binocular != null && right != null && left != null
                && right.add(left).subtract(binocular).abs().compareTo(SUM_TOLERANCE) > 0) {
            throw new IllegalArgumentException("Right " + right.stripTrailingZeros().toPlainString() + " + left "
                    + left.stripTrailingZeros().toPlainString() + " does not add up to the PD of "
                    + binocular.stripTrailingZeros().toPlainString() + " mm. Check the numbers.");
        }
        BigDecimal distance = binocular != null ? binocular : right.add(left);
        if (near != null) {
            near = mm(near, "35", "80", "Near PD must be between 35 and 80 mm.");
            if (near.compareTo(distance) > 0) {
                throw new IllegalArgumentException("The near PD is never wider than the distance PD.");
            }
        }
    }

    public static PupillaryDistance binocular(BigDecimal mm) {
        return new PupillaryDistance(mm, null, null, null);
    }

    public static PupillaryDistance monocular(BigDecimal right, BigDecimal left) {
        return new PupillaryDistance(null, right, left, null);
    }

    /**
     * Reads a PD as typed: {@code 63}, {@code 63.5}, {@code 63,5}, or monocular as {@code 31.5/32} or
     * {@code 31.5 - 32}. Two numbers that look like distance and near ({@code 64/61}) are read that way.
     */
    public static PupillaryDistance of(String input) {
        // the unit may follow every number ("31.5 mm / 32 mm"), so it goes before the numbers are split
        String[] parts = input.strip().replaceAll("(?i)(?<=[0-9.,])\\s*mm\\b", "")
                .split("\\s*[/;]\\s*|\\s+-\\s+|\\s+");
        List<BigDecimal> values = new ArrayList<>();
        for (String part : parts) {
            BigDecimal v = Diopters.number(part);
            if (v == null || v.signum() <= 0) {
                throw new IllegalArgumentException("PD is a number of millimetres like 63 or 63.5; for monocular "
                        + "PD write right/left like 31.5/32.");
            }
            values.add(v);
        }
        if (values.size() == 1) {
            return binocular(values.getFirst());
        }
        if (values.size() == 2) {
            BigDecimal a = values.get(0);
            BigDecimal b = values.get(1);
            boolean distanceAndNear = a.compareTo(new BigDecimal("45")) >= 0 && b.compareTo(new BigDecimal("45")) >= 0;
            return distanceAndNear ? new PupillaryDistance(a, null, null, b) : monocular(a, b);
        }
        throw new IllegalArgumentException("Write one PD (63), or right/left (31.5/32).");
    }

    public PupillaryDistance withNear(@Nullable BigDecimal nearMm) {
        return new PupillaryDistance(binocular, right, left, nearMm);
    }

    public boolean monocular() {
        return right != null && left != null;
    }

    /** The distance PD: the binocular value, or the sum of the monocular ones. */
    public BigDecimal distance() {
        return binocular != null ? binocular : right.add(left);
    }

    /** The near PD as written, or the distance PD minus 3 mm. */
    public BigDecimal nearOrDefault() {
        return near != null ? near : distance().subtract(NEAR_OFFSET);
    }

    /** The right eye's monocular PD, or half the binocular one. */
    public BigDecimal rightOrHalf() {
        return right != null ? right : distance().divide(BigDecimal.TWO).setScale(2);
    }

    /** The left eye's monocular PD, or half the binocular one. */
    public BigDecimal leftOrHalf() {
        return left != null ? left : distance().divide(BigDecimal.TWO).setScale(2);
    }

    /** Outside the usual adult range 50..75 mm: legal (children, some adults), worth a second look. */
    public boolean unusual() {
        BigDecimal d = distance();
        return d.compareTo(new BigDecimal("50")) < 0 || d.compareTo(new BigDecimal("75")) > 0;
    }

    static BigDecimal mm(BigDecimal value, String min, String max, String rangeMessage) {
        if (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0) {
            throw new IllegalArgumentException(rangeMessage);
        }
        if (value.remainder(HALF).signum() != 0) {
            throw new IllegalArgumentException("Millimetres go in steps of 0.5, like 31.5 or 32.");
        }
        return value.setScale(1);
    }

    @Override
    public String toString() {
        String d = monocular() ? right.toPlainString() + "/" + left.toPlainString() : binocular.toPlainString();
        return near != null ? d + " (near " + near.toPlainString() + ")" : d;
    }
}
