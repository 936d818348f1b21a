package dev.focal.backoffice.customers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.optics.OpticalRx;
import dev.focal.optics.RxEntry;
import dev.focal.optics.RxField;
import dev.focal.optics.RxReading;
import dev.focal.optics.SpectacleRx;
import org.jspecify.annotations.Nullable;

/**
 * A spectacle prescription typed from paper, keyboard only: the tab order is the right eye's row (SPH, CYL, AXIS,
 * ADD, horizontal prism and base, vertical prism and base), the left eye's row, then PD (binocular, or right and
 * left), near PD, fitting heights and vertex distance. Values are taken as people write them ({@code -2,25},
 * {@code +2}, {@code pl}, {@code x180}, {@code DS}); {@link RxEntry#read()} decides.
 */
final class RxEntryForm extends RxValuesForm {

    final EyeRow right;
    final EyeRow left;
    final TextField pd = field(RxField.PD, "");
    final TextField pdRight = field(RxField.PD_RIGHT, "");
    final TextField pdLeft = field(RxField.PD_LEFT, "");
    final TextField pdNear = field(RxField.PD_NEAR, "");
    final TextField heightRight = field(RxField.OD_HEIGHT, "mm");
    final TextField heightLeft = field(RxField.OS_HEIGHT, "mm");
    final TextField vertex = field(RxField.VERTEX, "12 mm");

    RxEntryForm() {
        addClassName("rx-spectacles");
        right = new EyeRow(RxField.Eye.RIGHT);
        left = new EyeRow(RxField.Eye.LEFT);

        var grid = new Div(new Span(),
                header("SPH", "Sphere, like -2.25, +2 or PL"), header("CYL", "Cylinder, like -0.75 (empty or DS: none)"),
                header("AXIS", "Axis 1 to 180 (x180)"), header("ADD", "Near addition, like +2.00"),
                header("Prism H", "Horizontal prism, like 1.5"), header("Base", "BI or BO"),
                header("Prism V", "Vertical prism, like 1"), header("Base", "BU or BD"));
        right.addTo(grid);
        left.addTo(grid);
        grid.addClassName("rx-grid");

        var measures = new Div(
                labelled("PD", pd), labelled("or R", pdRight), labelled("L", pdLeft), labelled("Near PD", pdNear),
                labelled("Height OD", heightRight), labelled("Height OS", heightLeft), labelled("Vertex", vertex));
        measures.addClassName("rx-measures");
        add(grid, measures, formError, warnings);
    }

    private static Div labelled(String text, TextField field) {
        var label = new Span(text);
        label.addClassName("rx-head");
        var box = new Div(label, field);
        box.addClassName("rx-measure");
        return box;
    }

    /** One eye's row of fields. */
    final class EyeRow {
        final RxField.Eye eye;
        final TextField sph;
        final TextField cyl;
        final TextField axis;
        final TextField add;
        final TextField prismH;
        final TextField prismHBase;
        final TextField prismV;
        final TextField prismVBase;

        EyeRow(RxField.Eye eye) {
            this.eye = eye;
            sph = field(RxField.OD_SPH.forEye(eye), "");
            cyl = field(RxField.OD_CYL.forEye(eye), "");
            axis = field(RxField.OD_AXIS.forEye(eye), "");
            add = field(RxField.OD_ADD.forEye(eye), "");
            prismH = field(RxField.OD_PRISM_H.forEye(eye), "");
            prismHBase = new TextField();
            prismHBase.setPlaceholder("BI/BO");
            prismV = field(RxField.OD_PRISM_V.forEye(eye), "");
            prismVBase = new TextField();
            prismVBase.setPlaceholder("BU/BD");
            for (TextField base : new TextField[] {prismHBase, prismVBase}) {
                base.addClassName("rx-cell");
                base.setAutoselect(true);
                base.setAriaLabel((eye == RxField.Eye.RIGHT ? "Right " : "Left ")
                        + (base == prismHBase ? "horizontal" : "vertical") + " prism base");
                base.getElement().setAttribute("autocomplete", "off");
                base.getElement().setAttribute("autocapitalize", "characters");
            }
        }

        void addTo(Div grid) {
            grid.add(eyeLabel(eye.code(), eye.word() + " eye"), sph, cyl, axis, add, prismH, prismHBase, prismV,
                    prismVBase);
        }

        RxEntry.EyeEntry entry(TextField height) {
            return new RxEntry.EyeEntry(sph.getValue(), cyl.getValue(), axis.getValue(), add.getValue(),
                    prismH.getValue(), prismHBase.getValue(), prismV.getValue(), prismVBase.getValue(), height.getValue());
        }

        void fill(RxEntry.EyeEntry entry, TextField height) {
            sph.setValue(nz(entry.sph()));
            cyl.setValue(nz(entry.cyl()));
            axis.setValue(nz(entry.axis()));
            add.setValue(nz(entry.add()));
            prismH.setValue(nz(entry.prismH()));
            prismHBase.setValue(nz(entry.prismHBase()));
            prismV.setValue(nz(entry.prismV()));
            prismVBase.setValue(nz(entry.prismVBase()));
            height.setValue(nz(entry.height()));
        }

        public void setReadOnly(boolean readOnly) {
            prismHBase.setReadOnly(readOnly);
            prismVBase.setReadOnly(readOnly);
        }
    }

    /** The form as typed. */
    RxEntry entry() {
        return new RxEntry(right.entry(heightRight), left.entry(heightLeft), pd.getValue(), pdRight.getValue(),
                pdLeft.getValue(), pdNear.getValue(), vertex.getValue());
    }

    void fill(RxEntry entry) {
        right.fill(entry.right(), heightRight);
        left.fill(entry.left(), heightLeft);
        pd.setValue(nz(entry.pd()));
        pdRight.setValue(nz(entry.pdRight()));
        pdLeft.setValue(nz(entry.pdLeft()));
        pdNear.setValue(nz(entry.pdNear()));
        vertex.setValue(nz(entry.vertex()));
    }

    @Override
    void fill(@Nullable OpticalRx rx) {
        clearMarks();
        if (rx instanceof SpectacleRx spectacles) {
            fill(RxEntry.from(spectacles));
        } else {
            var none = new RxEntry.EyeEntry(null, null, null, null, null, null, null, null, null);
            fill(new RxEntry(none, none, null, null, null, null, null));
        }
    }

    @Override
    RxReading<SpectacleRx> reading() {
        return entry().read();
    }

    @Override
    void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        right.setReadOnly(readOnly);
        left.setReadOnly(readOnly);
    }

    @Override
    Component first() {
        return right.sph;
    }

    private static String nz(@Nullable String text) {
        return text == null ? "" : text;
    }
}
