package dev.focal.backoffice.procurement;

import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dev.focal.inventory.Location;
import dev.focal.procurement.ProcurementExceptions.InvalidPurchaseInput;
import dev.focal.procurement.ProcurementExceptions.PurchaseActionRefused;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordChanged;
import dev.focal.procurement.PurchaseOrderDetails;
import dev.focal.procurement.PurchaseOrders;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Changes where a draft PO is delivered, when it is expected and its note; errors appear at their field. */
class PurchaseOrderHeaderDialog extends Dialog {

    final ComboBox<Location> deliverTo = new ComboBox<>("Deliver to");
    final DatePicker expectedOn = new DatePicker("Expected on");
    final TextArea note = new TextArea("Note to the supplier");
    final Button save = new Button("Save");

    private final FieldErrors errors = new FieldErrors();

    PurchaseOrderHeaderDialog(PurchaseOrders orders, List<Location> locations, PurchaseOrderDetails order,
                              Runnable onSaved, java.util.function.Consumer<String> onStale) {
        setHeaderTitle("Delivery details of " + order.number());
        setWidth("min(36rem, 95vw)");
        deliverTo.setItems(locations);
        deliverTo.setItemLabelGenerator(Location::label);
        locations.stream().filter(l -> l.code().equals(order.deliverTo())).findFirst().ifPresent(deliverTo::setValue);
        expectedOn.setValue(order.expectedOn());
        expectedOn.setMin(LocalDate.now(Formats.ZONE));
        expectedOn.setClearButtonVisible(true);
        expectedOn.setHelperText("Empty: each line by its lead time.");
        note.setValue(Objects.requireNonNullElse(order.note(), ""));
        note.setMaxLength(1000);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        errors.bind("deliverTo", deliverTo).bind("location", deliverTo).bind("expectedOn", expectedOn)
                .bind("note", note);

        save.addClickListener(e -> {
            errors.clear();
            if (deliverTo.getValue() == null) {
                errors.show("deliverTo", "Choose where it is delivered.");
                return;
            }
            try {
                orders.updateHeader(order.number(), order.version(), deliverTo.getValue().code(), expectedOn.getValue(),
                        Formats.blankToNull(note.getValue()));
                close();
                FieldErrors.success("Delivery details of " + order.number() + " saved.");
                onSaved.run();
            } catch (InvalidPurchaseInput bad) {
                errors.show(bad);
            } catch (PurchaseActionRefused refused) {
                FieldErrors.error(refused.getMessage());
            } catch (PurchaseRecordChanged stale) {
                close();
                onStale.accept(stale.getMessage());
            }
        });
        var form = new FormLayout(deliverTo, expectedOn, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(note, 2);
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
