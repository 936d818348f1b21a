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
import dev.focal.inventory.LocationKind;
import dev.focal.inventory.Locations;
import dev.focal.procurement.ProcurementExceptions.InvalidPurchaseInput;
import dev.focal.procurement.ProcurementExceptions.PurchaseActionRefused;
import dev.focal.procurement.PurchaseOrders;
import dev.focal.procurement.SupplierSummary;
import dev.focal.procurement.Suppliers;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Starts a purchase order: supplier, where it is delivered (an active location, the warehouse first) and when
 * it is expected (empty: by each line's lead time). The new draft opens for its lines.
 */
class NewPurchaseOrderDialog extends Dialog {

    final ComboBox<SupplierSummary> supplier = new ComboBox<>("Supplier");
    final ComboBox<Location> deliverTo = new ComboBox<>("Deliver to");
    final DatePicker expectedOn = new DatePicker("Expected on");
    final TextArea note = new TextArea("Note to the supplier");
    final Button create = new Button("Create draft");

    private final PurchaseOrders orders;
    private final FieldErrors errors = new FieldErrors();

    NewPurchaseOrderDialog(PurchaseOrders orders, Suppliers suppliers, Locations locations,
                           @Nullable String supplierCode) {
        this.orders = orders;
        setHeaderTitle("New purchase order");
        setWidth("min(36rem, 95vw)");
        var active = suppliers.active();
        supplier.setItems(active);
        supplier.setItemLabelGenerator(SupplierSummary::label);
        supplier.setHelperText("Only active suppliers.");
        active.stream().filter(s -> s.code().equals(supplierCode)).findFirst().ifPresent(supplier::setValue);
        var places = locations.active();
        deliverTo.setItems(places);
        deliverTo.setItemLabelGenerator(Location::label);
        places.stream().filter(l -> l.kind() == LocationKind.WAREHOUSE).findFirst()
                .or(() -> places.stream().findFirst()).ifPresent(deliverTo::setValue);
        expectedOn.setMin(LocalDate.now(Formats.ZONE));
        expectedOn.setHelperText("Empty: each line by its lead time.");
        expectedOn.setClearButtonVisible(true);
        note.setMaxLength(1000);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        errors.bind("supplier", supplier).bind("supplierCode", supplier).bind("location", deliverTo)
                .bind("deliverTo", deliverTo).bind("expectedOn", expectedOn).bind("note", note);

        create.addClickListener(e -> create());
        var form = new FormLayout(supplier, deliverTo, expectedOn, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(supplier, 2);
        form.setColspan(note, 2);
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), create);
    }

    private void create() {
        errors.clear();
        if (supplier.getValue() == null) {
            errors.show("supplier", "Choose the supplier.");
            return;
        }
        if (deliverTo.getValue() == null) {
            errors.show("deliverTo", "Choose where it is delivered.");
            return;
        }
        try {
            String number = orders.create(supplier.getValue().code(), deliverTo.getValue().code(),
                    expectedOn.getValue(), Formats.blankToNull(note.getValue()));
            close();
            FieldErrors.success("Draft " + number + " created: add its lines.");
            ProcurementNavigation.toPurchaseOrder(number);
        } catch (InvalidPurchaseInput bad) {
            errors.show(bad);
        } catch (PurchaseActionRefused refused) {
            FieldErrors.error(refused.getMessage());
        }
    }
}
