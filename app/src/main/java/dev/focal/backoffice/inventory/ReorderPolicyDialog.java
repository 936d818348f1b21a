package dev.focal.backoffice.inventory;

import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.ui.SkuInput;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.focal.catalog.Catalog;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.InventoryExceptions.StockRecordChanged;
import dev.focal.inventory.Location;
import dev.focal.inventory.ReorderPolicies;
import dev.focal.inventory.ReorderPolicy;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Adds or edits the reorder policy of a SKU at a location: safety stock, reorder point, and either a fixed
 * reorder quantity or a maximum to fill up to. Shows the SKU's current stock there; errors appear at their
 * field; a save over someone else's change keeps the dialog open with a message.
 */
class ReorderPolicyDialog extends Dialog {

    enum Mode { FIXED, MIN_MAX }

    final SkuInput sku;
    final ComboBox<Location> location = new ComboBox<>("Location");
    final IntegerField safetyStock = new IntegerField("Safety stock");
    final IntegerField reorderPoint = new IntegerField("Reorder point");
    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>("Then order");
    final IntegerField reorderQuantity = new IntegerField("Reorder quantity");
    final IntegerField maxQuantity = new IntegerField("Maximum");
    final Paragraph stock = new Paragraph();
    final Button save = new Button("Save");
    final Button delete = new Button("Delete");

    private final ReorderPolicies policies;
    private final Inventory inventory;
    private final Runnable onChange;
    private final FieldErrors errors = new FieldErrors();

    ReorderPolicyDialog(ReorderPolicies policies, Catalog catalog, Inventory inventory, List<Location> locations,
                        @Nullable ReorderPolicy existing, @Nullable Location preset, Runnable onChange) {
        this.policies = policies;
        this.inventory = inventory;
        this.onChange = onChange;
        sku = new SkuInput("SKU", catalog);
        setHeaderTitle(existing == null ? "Add reorder policy"
                : "Reorder policy " + existing.sku() + " at " + existing.locationCode());
        setWidth("min(40rem, 95vw)");

        location.setItems(locations);
        location.setItemLabelGenerator(Location::label);
        safetyStock.setHelperText("Kept against late deliveries and demand peaks.");
        reorderPoint.setHelperText("Reorder when available + on order is at or below this.");
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> m == Mode.FIXED ? "A fixed quantity" : "Up to a maximum (min/max)");
        reorderQuantity.setHelperText("Ordered in multiples until above the reorder point.");
        maxQuantity.setHelperText("Ordered up to this stock position.");
        for (IntegerField field : List.of(safetyStock, reorderPoint, reorderQuantity, maxQuantity)) {
            field.setMin(0);
            field.setStepButtonsVisible(true);
        }
        stock.addClassName("hint");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        errors.bind("sku", sku).bind("location", location).bind("safetyStock", safetyStock)
                .bind("reorderPoint", reorderPoint).bind("reorderQuantity", reorderQuantity)
                .bind("maxQuantity", maxQuantity);

        if (existing == null) {
            location.setValue(preset != null ? preset : locations.isEmpty() ? null : locations.getFirst());
            safetyStock.setValue(0);
            mode.setValue(Mode.FIXED);
        } else {
            sku.show(existing.sku());
            sku.setReadOnly(true);
            locations.stream().filter(l -> l.code().equals(existing.locationCode())).findFirst()
                    .ifPresent(location::setValue);
            location.setReadOnly(true);
            safetyStock.setValue(existing.safetyStock());
            reorderPoint.setValue(existing.reorderPoint());
            mode.setValue(existing.reorderQuantity() != null ? Mode.FIXED : Mode.MIN_MAX);
            reorderQuantity.setValue(existing.reorderQuantity());
            maxQuantity.setValue(existing.maxQuantity());
        }
        showModeFields();
        showStock();

        mode.addValueChangeListener(e -> showModeFields());
        sku.onFound(found -> showStock());
        location.addValueChangeListener(e -> showStock());
        save.addClickListener(e -> save(existing));
        delete.addClickListener(e -> delete(existing));

        var form = new FormLayout(sku, location, safetyStock, reorderPoint, mode, reorderQuantity, maxQuantity);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(mode, 2);
        add(form, stock);

        boolean editor = ReorderPoliciesView.canEdit();
        if (!editor) {
            sku.setReadOnly(true);
            List.of(safetyStock, reorderPoint, reorderQuantity, maxQuantity).forEach(f -> f.setReadOnly(true));
            location.setReadOnly(true);
            mode.setReadOnly(true);
        }
        save.setVisible(editor);
        delete.setVisible(editor && existing != null);
        getFooter().add(delete, new Button("Cancel", e -> close()), save);
    }

    private void showModeFields() {
        reorderQuantity.setVisible(mode.getValue() == Mode.FIXED);
        maxQuantity.setVisible(mode.getValue() == Mode.MIN_MAX);
    }

    private void showStock() {
        Location at = location.getValue();
        if (sku.facts().isEmpty() || at == null) {
            stock.setText("");
            return;
        }
        String code = sku.facts().get().sku();
        var figures = inventory.stockOf(code).stream().filter(f -> f.locationCode().equals(at.code())).findFirst();
        stock.setText(figures.map(f -> "Now at " + at.code() + ": " + f.onHand() + " on hand, " + f.reserved()
                + " reserved, " + f.available() + " available.").orElse("No stock of " + code + " at " + at.code() + " yet."));
    }

    private void save(@Nullable ReorderPolicy existing) {
        errors.clear();
        if (sku.isInvalid() && existing == null) {
            return;
        }
        if (reorderPoint.getValue() == null) {
            errors.show("reorderPoint", "Enter the reorder point.");
            return;
        }
        boolean fixed = mode.getValue() == Mode.FIXED;
        Integer quantity = fixed ? reorderQuantity.getValue() : null;
        Integer max = fixed ? null : maxQuantity.getValue();
        if (quantity == null && max == null) {
            errors.show(fixed ? "reorderQuantity" : "maxQuantity", fixed ? "Enter how many to order." : "Enter the maximum.");
            return;
        }
        try {
            var saved = policies.save(sku.sku(), location.getValue() == null ? "" : location.getValue().code(),
                    safetyStock.getValue() == null ? 0 : safetyStock.getValue(), reorderPoint.getValue(), quantity, max,
                    existing == null ? null : existing.version());
            done("Reorder policy of " + saved.sku() + " at " + saved.locationCode() + " saved.");
        } catch (InvalidStockInput bad) {
            errors.show(bad);
        } catch (StockRecordChanged stale) {
            if (existing == null) {
                errors.show("sku", "There is a policy for this SKU at " + location.getValue().code()
                        + " already: open it in the list to change it.");
            } else {
                FieldErrors.error(stale.getMessage());
            }
        }
    }

    private void delete(@Nullable ReorderPolicy existing) {
        if (existing != null && policies.remove(existing.sku(), existing.locationCode())) {
            done("Reorder policy of " + existing.sku() + " at " + existing.locationCode() + " deleted.");
        } else {
            done("The policy was deleted already.");
        }
    }

    private void done(String message) {
        FieldErrors.success(message);
        onChange.run();
        close();
    }
}
