package dev.focal.backoffice.customers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.optics.ContactLensEntry;
import dev.focal.optics.ContactLensRx;
import dev.focal.optics.OpticalRx;
import dev.focal.optics.RxField;
import dev.focal.optics.RxReading;
import org.jspecify.annotations.Nullable;

/**
 * A contact-lens prescription typed from paper: per eye brand, power, base curve, diameter, and for toric or
 * multifocal lenses cylinder, axis and addition; the right eye's row first. A brand typed for the right eye is
 * copied to the left eye while that is still empty (it is almost always the same lens).
 */
final class ContactLensEntryForm extends RxValuesForm {

    final EyeRow right;
    final EyeRow left;

    ContactLensEntryForm() {
        addClassName("rx-contacts");
        right = new EyeRow(RxField.Eye.RIGHT);
        left = new EyeRow(RxField.Eye.LEFT);
        right.brand.addValueChangeListener(e -> {
            if (e.isFromClient() && left.brand.isEmpty()) {
                left.brand.setValue(e.getValue());
            }
        });
        var grid = new Div(new Span(), header("Brand", "The lens brand, as on the prescription"),
                header("PWR", "Power (sphere), like -2.25"), header("BC", "Base curve in mm, like 8.6"),
                header("DIA", "Diameter in mm, like 14.2"), header("CYL", "Toric lenses: cylinder"),
                header("AXIS", "Toric lenses: axis 1 to 180"), header("ADD", "Multifocal: +1.50, or LOW, MED, HIGH"));
        right.addTo(grid);
        left.addTo(grid);
        grid.addClassName("rx-grid");
        add(grid, formError, warnings);
    }

    /** One eye's row of fields. */
    final class EyeRow {
        final RxField.Eye eye;
        final TextField brand;
        final TextField sph;
        final TextField bc;
        final TextField dia;
        final TextField cyl;
        final TextField axis;
        final TextField add;

        EyeRow(RxField.Eye eye) {
            this.eye = eye;
            brand = field(RxField.OD_BRAND.forEye(eye), "");
            brand.addClassName("rx-brand");
            brand.getElement().setAttribute("autocapitalize", "words");
            sph = field(RxField.OD_SPH.forEye(eye), "");
            bc = field(RxField.OD_BASE_CURVE.forEye(eye), "");
            dia = field(RxField.OD_DIAMETER.forEye(eye), "");
            cyl = field(RxField.OD_CYL.forEye(eye), "");
            axis = field(RxField.OD_AXIS.forEye(eye), "");
            add = field(RxField.OD_ADD.forEye(eye), "");
        }

        void addTo(Div grid) {
            grid.add(eyeLabel(eye.code(), eye.word() + " eye"), brand, sph, bc, dia, cyl, axis, add);
        }

        ContactLensEntry.EyeEntry entry() {
            return new ContactLensEntry.EyeEntry(brand.getValue(), sph.getValue(), bc.getValue(), dia.getValue(),
                    cyl.getValue(), axis.getValue(), add.getValue());
        }

        void fill(ContactLensEntry.@Nullable EyeEntry entry) {
            brand.setValue(entry == null ? "" : nz(entry.brand()));
            sph.setValue(entry == null ? "" : nz(entry.sph()));
            bc.setValue(entry == null ? "" : nz(entry.bc()));
            dia.setValue(entry == null ? "" : nz(entry.dia()));
            cyl.setValue(entry == null ? "" : nz(entry.cyl()));
            axis.setValue(entry == null ? "" : nz(entry.axis()));
            add.setValue(entry == null ? "" : nz(entry.add()));
        }
    }

    ContactLensEntry entry() {
        return new ContactLensEntry(right.entry(), left.entry());
    }

    @Override
    void fill(@Nullable OpticalRx rx) {
        clearMarks();
        if (rx instanceof ContactLensRx contacts) {
            var entry = ContactLensEntry.from(contacts);
            right.fill(entry.right());
            left.fill(entry.left());
        } else {
            right.fill(null);
            left.fill(null);
        }
    }

    @Override
    RxReading<ContactLensRx> reading() {
        return entry().read();
    }

    @Override
    Component first() {
        return right.brand;
    }

    private static String nz(@Nullable String text) {
        return text == null ? "" : text;
    }
}
