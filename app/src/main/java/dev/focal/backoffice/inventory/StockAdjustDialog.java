package dev.focal.backoffice.inventory;

import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.catalog.SkuFacts;
import dev.focal.inventory.AdjustmentReason;
import dev.focal.inventory.BinLocation;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.StockAdjustment;
import dev.focal.inventory.InventoryExceptions.InsufficientStock;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.inventory.StockFigures;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Corrects a SKU's stock up or down with a reason: location, optional bin and lot, the signed quantity and a
 * note. The dialog carries one idempotency key, so a double tap on "Adjust" books the change once. Problems are
 * shown at their field; nothing is written then.
 */
class StockAdjustDialog extends Dialog {

    final ComboBox<Location> location = new ComboBox<>("Location");
    final ComboBox<String> bin = new ComboBox<>("Bin");
    final TextField lot = new TextField("Lot");
    final IntegerField delta = new IntegerField("Quantity (+ adds, − removes)");
    final Select<AdjustmentReason> reason = new Select<>();
    final TextArea note = new TextArea("Note");
    final Button save = new Button("Adjust");
    final Button cancel = new Button("Cancel", e -> close());

    private final Inventory inventory;
    private final Locations locations;
    private final SkuFacts sku;
    private final Runnable onDone;
    private final FieldErrors errors = new FieldErrors();
    private final String idempotencyKey = "adjust-" + UUID.randomUUID();

    StockAdjustDialog(Inventory inventory, Locations locations, SkuFacts sku, @Nullable String preferredLocation,
                      Runnable onDone) {
        this.inventory = inventory;
        this.locations = locations;
        this.sku = sku;
        this.onDone = onDone;
        setHeaderTitle("Adjust " + sku.sku());
        setWidth("min(40rem, 95vw)");
        addClassName("warehouse-dialog");

        location.setItems(locations.active());
        location.setItemLabelGenerator(Location::label);
        location.setRequired(true);
        bin.setAllowCustomValue(true);
        bin.addCustomValueSetListener(e -> bin.setValue(e.getDetail()));
        bin.setClearButtonVisible(true);
        bin.setHelperText("Empty: taken first expiry first from anywhere at the location (or booked unplaced).");
        lot.setHelperText("For lots with an expiry date, like contact lenses.");
        delta.setStepButtonsVisible(true);
        delta.setRequired(true);
        delta.setHelperText("Like 2 for two found, -1 for one broken.");
        reason.setLabel("Reason");
        // Cycle count variances come from approved counts, not from here.
        reason.setItems(Arrays.stream(AdjustmentReason.values()).filter(r -> r != AdjustmentReason.COUNT).toList());
        reason.setItemLabelGenerator(AdjustmentReason::label);
        reason.setRequiredIndicatorVisible(true);
        note.setMaxLength(500);
        note.setHelperText("Required for a correction.");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        cancel.addThemeVariants(ButtonVariant.LUMO_LARGE);

        errors.bind("location", location).bind("bin", bin).bind("lot", lot).bind("delta", delta)
                .bind("reason", reason).bind("note", note);

        location.addValueChangeListener(e -> {
            bin.clear();
            bin.setItems(e.getValue() == null ? List.of()
                    : locations.bins(e.getValue().code()).stream().filter(BinLocation::active).map(BinLocation::code)
                    .toList());
        });
        save.addClickListener(e -> save());

        var locationsHere = inventory.stockOf(sku.sku()).stream().map(StockFigures::locationCode).toList();
        locations.active().stream()
                .filter(l -> l.code().equals(preferredLocation) || preferredLocation == null
                        && locationsHere.contains(l.code()))
                .findFirst().or(() -> locations.active().stream().findFirst()).ifPresent(location::setValue);

        var form = new FormLayout(location, bin, lot, delta, reason, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(note, 2);
        add(new Paragraph(sku.description()), form);
        getFooter().add(cancel, save);
    }

    void save() {
        errors.clear();
        Location at = location.getValue();
        if (at == null) {
            FieldErrors.invalid(location, "Choose a location.");
            return;
        }
        if (delta.isInvalid() && delta.getValue() == null) {
            FieldErrors.invalid(delta, "Enter a whole number, like 2 or -2.");
            return;
        }
        int quantity = delta.getValue() == null ? 0 : delta.getValue();
        try {
            var update = inventory.adjust(new StockAdjustment(sku.sku(), at.code(), bin.getValue(), lot.getValue(), quantity,
                    reason.getValue(), note.getValue()), idempotencyKey);
            var after = update.figures().getFirst();
            FieldErrors.success(sku.sku() + " at " + after.locationCode() + ": " + Formats.signed(quantity)
                    + ", now " + after.onHand() + " on hand, " + after.available() + " available.");
            close();
            onDone.run();
        } catch (InvalidStockInput invalid) {
            errors.show(invalid);
        } catch (InsufficientStock short_) {
            FieldErrors.invalid(delta, short_.getMessage());
        }
    }
}
