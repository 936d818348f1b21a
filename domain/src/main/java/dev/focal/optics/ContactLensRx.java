package dev.focal.optics;

import dev.focal.optics.RxField.Eye;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A contact-lens prescription for both eyes. It never makes spectacles, and glasses' prescriptions never make it. */
public record ContactLensRx(ContactLensEye right, ContactLensEye left) implements OpticalRx {

    public ContactLensEye eye(Eye eye) {
        return eye == Eye.RIGHT ? right : left;
    }

    @Override
    public List<RxWarning> warnings() {
        List<RxWarning> warnings = new ArrayList<>();
        for (Eye eye : Eye.values()) {
            if (eye(eye).power().unusual()) {
                warnings.add(new RxWarning(RxField.OD_SPH.forEye(eye), "A " + eye.word() + " power of "
                        + eye(eye).power() + " is unusually strong. Please check it against the written prescription."));
            }
        }
        BigDecimal difference = right.power().diopters().subtract(left.power().diopters()).abs();
        if (difference.compareTo(SpectacleRx.ANISOMETROPIA) > 0) {
            warnings.add(new RxWarning(RxField.RX, "Your eyes differ by more than 2.00 diopters. That can be right; "
                    + "please check the powers."));
        }
        if (!right.brand().equalsIgnoreCase(left.brand())) {
            warnings.add(new RxWarning(RxField.OS_BRAND, "The two eyes name different brands. That can be right, "
                    + "but it is uncommon: please check."));
        }
        return List.copyOf(warnings);
    }

    @Override
    public String toString() {
        return "OD " + right + "; OS " + left;
    }
}
