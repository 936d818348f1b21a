package dev.focal.backoffice.customers;

import dev.focal.backoffice.ui.FieldErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.optics.OpticalRx;
import dev.focal.optics.RxField;
import dev.focal.optics.RxProblem;
import dev.focal.optics.RxReading;
import dev.focal.optics.RxWarning;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The values of a prescription laid out like the paper: one row per eye, one text field per value, read with the
 * optics engine's form entries ({@code RxEntry}, {@code ContactLensEntry}) so the backoffice accepts what the
 * storefront and the API accept. Every problem is shown at the field it names ({@link RxField#key()}); warnings
 * are listed under the grid and tint their field, but never block. Spectacles and contact lenses each have their
 * own grid ({@link RxEntryForm}, {@link ContactLensEntryForm}).
 */
abstract sealed class RxValuesForm extends Div permits RxEntryForm, ContactLensEntryForm {

    private final Map<String, TextField> fields = new LinkedHashMap<>();
    /** A rule across fields ({@code rx}) or a problem at a field this grid lacks. */
    final Span formError = new Span();
    final Div warnings = new Div();

    RxValuesForm() {
        addClassName("rx-form");
        formError.addClassName("row-error");
        formError.setVisible(false);
        warnings.addClassName("rx-warnings");
        warnings.setVisible(false);
    }

    /** A narrow text field for one value, known under the engine's key, labelled for screen readers. */
    final TextField field(RxField key, String placeholder) {
        var field = new TextField();
        field.setAriaLabel(key.label());
        field.setPlaceholder(placeholder);
        field.addClassName("rx-cell");
        field.setAutoselect(true);
        field.getElement().setAttribute("autocomplete", "off");
        field.getElement().setAttribute("autocapitalize", "characters");
        field.getElement().setAttribute("data-rx", key.key());
        fields.put(key.key(), field);
        return field;
    }

    /** The field an engine key names ({@code od.sph}, {@code pd.near}), if this grid has it. */
    Optional<TextField> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    static Span header(String text, String title) {
        var span = new Span(text);
        span.addClassName("rx-head");
        span.getElement().setAttribute("title", title);
        return span;
    }

    static Span eyeLabel(String code, String word) {
        var span = new Span(code);
        span.addClassName("rx-eye");
        span.getElement().setAttribute("title", word);
        return span;
    }

    /** Shows {@code rx} as stored, ready to amend; {@code null} empties the grid. */
    abstract void fill(@Nullable OpticalRx rx);

    /** Reads the fields as typed, without marking anything. */
    abstract RxReading<? extends OpticalRx> reading();

    /**
     * Reads the fields; marks every problem at its field (the first one gets the focus) and lists the warnings.
     * Empty when anything is wrong.
     */
    Optional<OpticalRx> read() {
        clearMarks();
        RxReading<? extends OpticalRx> reading = reading();
        if (!reading.valid()) {
            boolean first = true;
            for (RxProblem problem : reading.problems()) {
                show(problem.field().key(), problem.field().label() + ": " + problem.message(), problem.message(), first);
                first = false;
            }
            return Optional.empty();
        }
        showWarnings(reading.warnings());
        return Optional.of(reading.rx());
    }

    /** A problem from the service (its field key), at the field; {@code false} when this grid has no such field. */
    boolean show(String key, String message) {
        if (!fields.containsKey(key) && !RxField.RX.key().equals(key)) {
            return false;
        }
        show(key, message, message, true);
        return true;
    }

    private void show(String key, String labelled, String message, boolean focus) {
        TextField target = fields.get(key);
        if (target == null) {
            formError.setText(formError.isVisible() ? formError.getText() + " " + labelled : labelled);
            formError.setVisible(true);
            return;
        }
        FieldErrors.invalid(target, message);
        if (focus) {
            target.focus();
        }
    }

    void showWarnings(List<RxWarning> list) {
        warnings.removeAll();
        for (RxWarning warning : list) {
            var line = new Span(warning.message());
            line.addClassName("rx-warning");
            warnings.add(line);
            Optional.ofNullable(fields.get(warning.field().key())).ifPresent(f -> f.addClassName("warned"));
        }
        warnings.setVisible(!list.isEmpty());
    }

    void clearMarks() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.removeClassName("warned");
        });
        formError.setVisible(false);
        formError.setText("");
        warnings.removeAll();
        warnings.setVisible(false);
    }

    void setReadOnly(boolean readOnly) {
        fields.values().forEach(field -> field.setReadOnly(readOnly));
    }

    /** The first field of the grid (right sphere or right brand), where typing starts. */
    abstract Component first();

    static String text(TextField field) {
        return field.getValue();
    }
}
