package dev.focal.backoffice.customers;

import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.ui.Formats;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.customers.CustomerId;
import dev.focal.customers.PrescriptionExceptions.InvalidPrescription;
import dev.focal.customers.PrescriptionDesk;
import dev.focal.customers.WearerId;
import java.util.function.Consumer;

/** Adds a family member to a customer's account, so their prescriptions can be kept there too. */
class WearerDialog extends Dialog {

    final TextField name = new TextField("Name");
    final DatePicker birthDate = Prescribing.datePicker("Date of birth");
    final Button add = new Button("Add");

    WearerDialog(PrescriptionDesk prescriptions, CustomerId customer, Consumer<WearerId> added) {
        setHeaderTitle("Add a family member");
        setWidth("min(28rem, 95vw)");
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        birthDate.setWidthFull();
        birthDate.setHelperText("Optional; children need polycarbonate or Trivex lenses");
        birthDate.setMax(java.time.LocalDate.now(Formats.ZONE));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER).listenOn(this);
        add.addClickListener(e -> {
            name.setInvalid(false);
            birthDate.setInvalid(false);
            if (name.getValue().isBlank()) {
                FieldErrors.invalid(name, "Enter the name of the family member.");
                return;
            }
            if (Prescribing.unreadable(birthDate)) {
                FieldErrors.invalid(birthDate, "Enter the birth date like 2015-06-30, or leave it empty.");
                return;
            }
            try {
                WearerId id = prescriptions.addWearer(customer, name.getValue().strip(), birthDate.getValue());
                close();
                FieldErrors.success(name.getValue().strip() + " added.");
                added.accept(id);
            } catch (InvalidPrescription bad) {
                FieldErrors.invalid(bad.field().equals("birthDate") ? birthDate : name, bad.getMessage());
            }
        });
        add(name, birthDate);
        getFooter().add(new Button("Cancel", e -> close()), add);
    }

    @Override
    public void open() {
        super.open();
        name.focus();
    }
}
