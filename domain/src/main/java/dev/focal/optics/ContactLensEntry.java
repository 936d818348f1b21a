package dev.focal.optics;

import dev.focal.optics.RxField.Eye;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A contact-lens prescription as typed: per eye brand, power (SPH), base curve, diameter, and for toric lenses
 * cylinder and axis, for multifocal lenses the addition. {@link #read()} gives a {@link ContactLensRx} or a
 * problem per field.
 */
public record ContactLensEntry(EyeEntry right, EyeEntry left) {

    public record EyeEntry(@Nullable String brand, @Nullable String sph, @Nullable String bc, @Nullable String dia,
                           @Nullable String cyl, @Nullable String axis, @Nullable String add) {

        public static EyeEntry from(ContactLensEye eye) {
            return new EyeEntry(eye.brand(), Diopters.signed(eye.power().diopters()), eye.baseCurve().toPlainString(),
                    eye.diameter().toPlainString(), eye.toric() ? Diopters.signed(eye.cylinder().diopters()) : "",
                    eye.axis() == null ? "" : Integer.toString(eye.axis().degrees()),
                    eye.addition() == null ? "" : eye.addition());
        }
    }

    public static ContactLensEntry from(ContactLensRx rx) {
        return new ContactLensEntry(EyeEntry.from(rx.right()), EyeEntry.from(rx.left()));
    }

    /** Reads every field; never throws for bad input. */
    public RxReading<ContactLensRx> read() {
        RxEntry.Problems problems = new RxEntry.Problems();
        ContactLensEye od = readEye(right, Eye.RIGHT, problems);
        ContactLensEye os = readEye(left, Eye.LEFT, problems);
        if (od == null || os == null || !problems.list.isEmpty()) {
            return new RxReading<>(null, problems.list, List.of());
        }
        ContactLensRx rx = new ContactLensRx(od, os);
        return new RxReading<>(rx, List.of(), rx.warnings());
    }

    private static @Nullable ContactLensEye readEye(EyeEntry entry, Eye eye, RxEntry.Problems problems) {
        int before = problems.list.size();
        String brand = blank(entry.brand())
                ? problems.missing(RxField.OD_BRAND.forEye(eye), "Name the lens brand, as on the prescription.")
                : entry.brand().strip();
        Sphere power = blank(entry.sph())
                ? problems.missing(RxField.OD_SPH.forEye(eye), "Enter the power (SPH), like -2.25.")
                : problems.read(RxField.OD_SPH.forEye(eye), entry.sph(), Sphere::of);
        BigDecimal bc = blank(entry.bc())
                ? problems.missing(RxField.OD_BASE_CURVE.forEye(eye), "Enter the base curve (BC), like 8.6.")
                : problems.read(RxField.OD_BASE_CURVE.forEye(eye), entry.bc(), ContactLensEye::baseCurve);
        BigDecimal dia = blank(entry.dia())
                ? problems.missing(RxField.OD_DIAMETER.forEye(eye), "Enter the diameter (DIA), like 14.2.")
                : problems.read(RxField.OD_DIAMETER.forEye(eye), entry.dia(), ContactLensEye::diameter);
        Cylinder cylinder = blank(entry.cyl()) ? Cylinder.NONE
                : problems.read(RxField.OD_CYL.forEye(eye), entry.cyl(), Cylinder::of);
        Axis axis = blank(entry.axis()) ? null : problems.read(RxField.OD_AXIS.forEye(eye), entry.axis(), Axis::of);
        if (problems.list.size() > before || brand == null || power == null || bc == null || dia == null
                || cylinder == null) {
            return null;
        }
        try {
            return new ContactLensEye(brand, power, bc, dia, cylinder, axis, blank(entry.add()) ? null : entry.add());
        } catch (IllegalArgumentException problem) {
            RxField field = problem.getMessage().startsWith("Base curve") ? RxField.OD_BASE_CURVE
                    : problem.getMessage().startsWith("Diameter") ? RxField.OD_DIAMETER
                    : problem.getMessage().contains("axis") ? RxField.OD_AXIS
                    : problem.getMessage().startsWith("Addition") ? RxField.OD_ADD : RxField.OD_BRAND;
            problems.add(field.forEye(eye), problem.getMessage());
            return null;
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
