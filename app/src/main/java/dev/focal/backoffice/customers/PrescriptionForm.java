package dev.focal.backoffice.customers;

import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.customers.PrescriptionDraft;
import dev.focal.customers.PrescriptionView;
import dev.focal.customers.RxKind;
import dev.focal.customers.RxSource;
import dev.focal.customers.WearerId;
import dev.focal.optics.OpticalRx;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A whole prescription as written on paper, for entering, amending and verifying: the values grid of its kind
 * ({@link RxEntryForm} or {@link ContactLensEntryForm}), then issue date, expiry (empty: from the policy),
 * prescriber, where the values come from, and notes, in that tab order. Problems from the engine and from the
 * prescription store are shown at their field; nothing is read half-valid.
 */
final class PrescriptionForm extends Div {

    final RadioButtonGroup<RxKind> kind = new RadioButtonGroup<>();
    final RxEntryForm spectacles = new RxEntryForm();
    final ContactLensEntryForm contacts = new ContactLensEntryForm();
    final DatePicker issuedOn = Prescribing.datePicker("Issued on");
    final DatePicker expiresOn = Prescribing.datePicker("Expires on");
    final TextField prescriber = new TextField("Prescriber");
    final RadioButtonGroup<RxSource> source = new RadioButtonGroup<>("Source");
    final TextArea notes = new TextArea("Notes");
    final Div details = new Div();

    PrescriptionForm(List<RxSource> sources) {
        addClassName("prescription-form");
        kind.setAriaLabel("Kind of prescription");
        kind.setItems(RxKind.values());
        kind.setItemLabelGenerator(RxKind::label);
        kind.setValue(RxKind.SPECTACLES);
        kind.addValueChangeListener(e -> showKind());
        issuedOn.setRequiredIndicatorVisible(true);
        issuedOn.setMax(java.time.LocalDate.now(Formats.ZONE));
        expiresOn.setHelperText("Empty: from the expiry policy");
        prescriber.setPlaceholder("Dr. name, practice");
        prescriber.setMaxLength(200);
        source.setItems(sources);
        source.setItemLabelGenerator(RxSource::label);
        source.setVisible(!sources.isEmpty());
        if (!sources.isEmpty()) {
            source.setValue(sources.getFirst());
        }
        notes.setMaxLength(PrescriptionDraft.MAX_NOTES);
        notes.setPlaceholder("Anything the optician or lab should know");

        details.addClassName("rx-details");
        details.add(issuedOn, expiresOn, prescriber, source, notes);
        add(kind, spectacles, contacts, details);
        showKind();
    }

    private void showKind() {
        spectacles.setVisible(kind.getValue() != RxKind.CONTACT_LENSES);
        contacts.setVisible(kind.getValue() == RxKind.CONTACT_LENSES);
    }

    RxValuesForm values() {
        return kind.getValue() == RxKind.CONTACT_LENSES ? contacts : spectacles;
    }

    /** Where typing starts: the right eye's first value. */
    Component first() {
        return values().first();
    }

    /** Shows a stored version for amending or verifying. */
    void fill(PrescriptionView rx) {
        kind.setValue(rx.kind());
        values().fill(rx.rx());
        issuedOn.setValue(rx.hasValues() ? rx.issuedOn() : null);
        expiresOn.setValue(rx.expiryFromPolicy() || !rx.hasValues() ? null : rx.expiresOn());
        prescriber.setValue(rx.prescriber() == null ? "" : rx.prescriber());
        notes.setValue(rx.notes() == null ? "" : rx.notes());
        if (source.isVisible() && source.getListDataView().contains(rx.source())) {
            source.setValue(rx.source());
        }
        // emptying the required issue date (a task without values after one with) marks it: nothing is typed yet
        clearMarks();
    }

    /**
     * The draft for {@code wearer}, or empty with every problem shown at its field (the first one focused).
     */
    Optional<PrescriptionDraft> draft(WearerId wearer) {
        clearMarks();
        Optional<OpticalRx> rx = values().read();
        boolean ok = rx.isPresent();
        if (issuedOn.getValue() == null) {
            FieldErrors.invalid(issuedOn, "Enter the date the prescription was issued, like 2026-03-01.");
            if (ok) {
                issuedOn.focus();
            }
            ok = false;
        }
        if (Prescribing.unreadable(expiresOn)) {
            // an empty expiry means "from the policy": a date typed wrong must not silently become that
            FieldErrors.invalid(expiresOn, "Enter the expiry date like 2026-03-01, or leave it empty for the policy.");
            if (ok) {
                expiresOn.focus();
            }
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new PrescriptionDraft(wearer, kind.getValue(), rx.get(), issuedOn.getValue(),
                expiresOn.getValue(), Formats.blankToNull(prescriber.getValue()), Formats.blankToNull(notes.getValue())));
    }

    /** A problem the prescription store found ({@code InvalidPrescription.field()}), at its field. */
    void show(String field, String message) {
        switch (field) {
            case "issuedOn" -> at(issuedOn, message);
            case "expiresOn" -> at(expiresOn, message);
            case "prescriber" -> at(prescriber, message);
            case "notes" -> at(notes, message);
            default -> {
                if (!values().show(field, message)) {
                    FieldErrors.error(message);
                }
            }
        }
    }

    private static void at(com.vaadin.flow.component.HasValidation field, String message) {
        FieldErrors.invalid(field, message);
        if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }

    void clearMarks() {
        spectacles.clearMarks();
        contacts.clearMarks();
        issuedOn.setInvalid(false);
        expiresOn.setInvalid(false);
        prescriber.setInvalid(false);
        notes.setInvalid(false);
    }

    void setReadOnly(boolean readOnly) {
        kind.setReadOnly(readOnly);
        spectacles.setReadOnly(readOnly);
        contacts.setReadOnly(readOnly);
        issuedOn.setReadOnly(readOnly);
        expiresOn.setReadOnly(readOnly);
        prescriber.setReadOnly(readOnly);
        source.setReadOnly(readOnly);
        notes.setReadOnly(readOnly);
    }

    /** The fields Enter saves from (not the notes, where Enter is a new line). */
    Component[] enterScope() {
        return new Component[] {spectacles, contacts, issuedOn, expiresOn, prescriber, source};
    }

}
