package dev.focal.optics;

import java.math.BigDecimal;

/**
 * The measurements of a frame size that decide what lenses fit it (boxing system, ISO 8624): A (lens box width),
 * B (box depth), DBL (bridge) and ED (effective diameter), in mm; the rim type; whether the lenses are drilled
 * (rimless mounts always are); and whether the frame takes prescription lenses at all ({@code rxAble}; some
 * sunglasses and readers do not).
 */
public record FrameFit(BigDecimal a, BigDecimal b, BigDecimal dbl, BigDecimal ed, Rim rim, boolean drilled,
                       boolean rxAble) {

    public FrameFit {
        positive(a, "A");
        positive(b, "B");
        positive(dbl, "DBL");
        positive(ed, "ED");
        if (ed.compareTo(a) < 0) {
            throw new IllegalArgumentException("The effective diameter ED is never smaller than the eye size A.");
        }
        drilled = drilled || rim == Rim.RIMLESS;
    }

    /** A frame that takes prescription lenses. */
    public FrameFit(BigDecimal a, BigDecimal b, BigDecimal dbl, BigDecimal ed, Rim rim, boolean drilled) {
        this(a, b, dbl, ed, rim, drilled, true);
    }

    /** How the lenses are held: a full rim, a half rim with a nylon cord (grooved lenses), or rimless (drilled). */
    public enum Rim { FULL, SEMI, RIMLESS }

    public static FrameFit of(int a, int b, int dbl, int ed, Rim rim) {
        return of(a, b, dbl, ed, rim, true);
    }

    /** A frame size; {@code rxAble} false for a frame that takes no prescription lenses. */
    public static FrameFit of(int a, int b, int dbl, int ed, Rim rim, boolean rxAble) {
        return new FrameFit(BigDecimal.valueOf(a), BigDecimal.valueOf(b), BigDecimal.valueOf(dbl), BigDecimal.valueOf(ed),
                rim, rim == Rim.RIMLESS, rxAble);
    }

    /** Frame PD, the distance between the two box centres: A + DBL. */
    public BigDecimal framePd() {
        return a.add(dbl);
    }

    /** As opticians write it: {@code 52□18}, B 40, ED 56. */
    @Override
    public String toString() {
        return a.stripTrailingZeros().toPlainString() + "\u25A1" + dbl.stripTrailingZeros().toPlainString() + ", B "
                + b.stripTrailingZeros().toPlainString() + ", ED " + ed.stripTrailingZeros().toPlainString();
    }

    private static void positive(BigDecimal value, String what) {
        if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("Frame " + what + " is a size in mm between 1 and 100.");
        }
    }
}
