package dev.focal.optics;

import dev.focal.optics.RxField.Eye;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A spectacle prescription: right (OD) and left (OS) eye, the PD, fitting heights when measured, and the vertex
 * distance (12 mm unless measured). Additions come in pairs: both eyes have one (a multifocal prescription) or
 * neither does.
 */
public record SpectacleRx(EyeRx right, EyeRx left, @Nullable PupillaryDistance pd, @Nullable FittingHeight rightHeight,
                          @Nullable FittingHeight leftHeight, VertexDistance vertex) implements OpticalRx {

    static final BigDecimal ANISOMETROPIA = new BigDecimal("2.00");

    public SpectacleRx {
        if ((right.addition() == null) != (left.addition() == null)) {
            throw new IllegalArgumentException("Enter the addition for both eyes (it is usually the same), or for neither.");
        }
    }

    public static SpectacleRx of(EyeRx right, EyeRx left, @Nullable PupillaryDistance pd) {
        return new SpectacleRx(right, left, pd, null, null, VertexDistance.STANDARD);
    }

    public EyeRx eye(Eye eye) {
        return eye == Eye.RIGHT ? right : left;
    }

    /** Has a near addition: for bifocals and progressives (or to derive reading and intermediate powers). */
    public boolean multifocal() {
        return right.addition() != null;
    }

    public boolean hasPrism() {
        return right.prism() != null || left.prism() != null;
    }

    /** Both eyes in minus-cylinder form; measurements unchanged. */
    public SpectacleRx minusCylinderForm() {
        return new SpectacleRx(right.minusCylinderForm(), left.minusCylinderForm(), pd, rightHeight, leftHeight, vertex);
    }

    /** Both eyes transposed to the other cylinder sign. */
    public SpectacleRx transposed() {
        return new SpectacleRx(right.transposed(), left.transposed(), pd, rightHeight, leftHeight, vertex);
    }

    /** The larger highest-meridian power of the two eyes: what lens material and range checks go by. */
    public BigDecimal highestMeridian() {
        return right.highestMeridian().max(left.highestMeridian());
    }

    @Override
    public List<RxWarning> warnings() {
        List<RxWarning> warnings = new ArrayList<>();
        for (Eye eye : Eye.values()) {
            EyeRx rx = eye(eye);
            if (rx.sphere().unusual()) {
                warnings.add(new RxWarning(RxField.OD_SPH.forEye(eye), "A " + eye.word() + " sphere of " + rx.sphere()
                        + " is unusually strong. Please check it against the written prescription."));
            }
            if (rx.addition() != null && rx.addition().unusual()) {
                warnings.add(new RxWarning(RxField.OD_ADD.forEye(eye), "An addition above +4.00 is unusual. Please "
                        + "check it against the written prescription."));
            }
        }
        if (right.addition() != null && left.addition() != null
                && right.addition().diopters().compareTo(left.addition().diopters()) != 0) {
            warnings.add(new RxWarning(RxField.OS_ADD, "The additions differ between the eyes (" + right.addition()
                    + " and " + left.addition() + "). That can be right, but it is uncommon: please check."));
        }
        BigDecimal difference = right.sphericalEquivalent().subtract(left.sphericalEquivalent()).abs();
        if (difference.compareTo(ANISOMETROPIA) > 0) {
            warnings.add(new RxWarning(RxField.RX, "Your eyes differ by more than 2.00 diopters. That can be right; "
                    + "an optician will look at it before lenses are made."));
        }
        if (!right.cylinder().isNone() && !left.cylinder().isNone() && right.plusCylinder() != left.plusCylinder()) {
            warnings.add(new RxWarning(RxField.OS_CYL, "One eye is written with a plus cylinder and the other with a "
                    + "minus cylinder. Prescriptions usually use one sign: please check the signs."));
        }
        if (pd != null && pd.unusual()) {
            warnings.add(new RxWarning(RxField.PD, "A PD of " + pd.distance().stripTrailingZeros().toPlainString()
                    + " mm is outside the usual adult range of 50 to 75 mm. Please check it."));
        }
        return List.copyOf(warnings);
    }

    @Override
    public String toString() {
        return "OD " + right + "; OS " + left + (pd != null ? "; PD " + pd : "");
    }
}
