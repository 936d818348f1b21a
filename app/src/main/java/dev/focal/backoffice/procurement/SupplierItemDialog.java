package dev.focal.backoffice.procurement;

import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.ui.SkuInput;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.catalog.Catalog;
import dev.focal.procurement.ProcurementExceptions.InvalidPurchaseInput;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordChanged;
import dev.focal.procurement.SupplierDetails;
import dev.focal.procurement.SupplierItem;
import dev.focal.procurement.SupplierItemDraft;
import dev.focal.procurement.Suppliers;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Adds or edits what a supplier sells us for one SKU. The SKU is typed or scanned and shows the product it
 * names; errors appear at their field.
 */
class SupplierItemDialog extends Dialog {

    final SkuInput sku;
    final TextField supplierSku = new TextField("Supplier SKU");
    final BigDecimalField unitCost = new BigDecimalField("Unit cost");
    final IntegerField packSize = new IntegerField("Pack size");
    final IntegerField minimumOrderQuantity = new IntegerField("Minimum order quantity");
    final IntegerField leadTimeDays = new IntegerField("Lead time (days)");
    final Button save = new Button("Save");

    private final Suppliers suppliers;
    private final SupplierDetails supplier;
    private final Runnable onChange;
    private final FieldErrors errors = new FieldErrors();

    SupplierItemDialog(Suppliers suppliers, Catalog catalog, SupplierDetails supplier, @Nullable SupplierItem existing,
                       Runnable onChange) {
        this.suppliers = suppliers;
        this.supplier = supplier;
        this.onChange = onChange;
        sku = new SkuInput("SKU", catalog);
        setHeaderTitle(existing == null ? "Add item to " + supplier.code() : existing.sku() + " from " + supplier.code());
        setWidth("min(40rem, 95vw)");
        unitCost.setPrefixComponent(new Div(supplier.currency()));
        unitCost.setHelperText("Per unit, up to 4 decimals.");
        packSize.setHelperText("Orders are whole packs.");
        leadTimeDays.setHelperText("Empty: the supplier's " + supplier.defaultLeadTimeDays() + " days.");
        for (IntegerField field : new IntegerField[] {packSize, minimumOrderQuantity, leadTimeDays}) {
            field.setStepButtonsVisible(true);
            field.setMin(0);
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        errors.bind("sku", sku).bind("supplierSku", supplierSku).bind("unitCost", unitCost).bind("packSize", packSize)
                .bind("minimumOrderQuantity", minimumOrderQuantity).bind("leadTimeDays", leadTimeDays);

        if (existing == null) {
            packSize.setValue(1);
            minimumOrderQuantity.setValue(1);
        } else {
            sku.show(existing.sku());
            sku.setReadOnly(true);
            supplierSku.setValue(existing.supplierSku());
            unitCost.setValue(existing.unitCost());
            packSize.setValue(existing.packSize());
            minimumOrderQuantity.setValue(existing.minimumOrderQuantity());
            leadTimeDays.setValue(existing.leadTimeDays());
        }
        boolean editable = Purchasing.canBuy();
        if (!editable) {
            sku.setReadOnly(true);
            supplierSku.setReadOnly(true);
            unitCost.setReadOnly(true);
            packSize.setReadOnly(true);
            minimumOrderQuantity.setReadOnly(true);
            leadTimeDays.setReadOnly(true);
        }
        save.setVisible(editable);
        save.addClickListener(e -> save(existing));

        var form = new FormLayout(sku, supplierSku, unitCost, packSize, minimumOrderQuantity, leadTimeDays);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save(@Nullable SupplierItem existing) {
        errors.clear();
        if (sku.isInvalid()) {
            return;
        }
        if (unitCost.getValue() == null) {
            errors.show("unitCost", "Enter the unit cost.");
            return;
        }
        try {
            var draft = new SupplierItemDraft(sku.sku(), supplierSku.getValue(), unitCost.getValue(),
                    packSize.getValue() == null ? 0 : packSize.getValue(),
                    minimumOrderQuantity.getValue() == null ? 0 : minimumOrderQuantity.getValue(),
                    leadTimeDays.getValue());
            suppliers.saveItem(supplier.code(), draft, existing == null ? null : existing.version());
            FieldErrors.success(sku.sku() + " saved for " + supplier.code() + ".");
            onChange.run();
            close();
        } catch (InvalidPurchaseInput bad) {
            errors.show(bad);
        } catch (PurchaseRecordChanged stale) {
            FieldErrors.error(stale.getMessage());
        }
    }
}
