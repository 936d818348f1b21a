package dev.focal.backoffice.catalog;

import dev.focal.backoffice.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.catalog.ProductDetails;
import dev.focal.catalog.Variant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The single SKU of a contact lens pack, an accessory or a service: SKU (the product code when empty), barcode, status. */
class SkuFields extends FormLayout {

    final TextField sku = new TextField("SKU");
    final TextField barcode = new TextField("Barcode");
    final Select<Variant.Status> status = ProductFields.select("SKU status", Variant.Status.values());

    SkuFields() {
        sku.setHelperText("Leave empty to use the product code.");
        barcode.setHelperText("EAN-13 or UPC-A, optional.");
        status.setValue(Variant.Status.ACTIVE);
        add(sku, barcode, status);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 3));
    }

    void fill(ProductDetails product) {
        product.draft().variants().stream().findFirst().ifPresent(v -> {
            sku.setValue(v.sku());
            barcode.setValue(ProductFields.text(v.barcode()));
            status.setValue(v.status());
        });
    }

    List<Variant> variants(String code) {
        String value = sku.getValue().isBlank() ? code : sku.getValue();
        return List.of(new Variant(value, null, null, null, Formats.blankToNull(barcode.getValue()),
                status.getValue()));
    }

    @Nullable Component target(String field) {
        return switch (field) {
            case "variants", "variants[0]", "variants[0].sku" -> sku;
            case "variants[0].barcode" -> barcode;
            default -> null;
        };
    }

    void setReadOnly(boolean readOnly) {
        sku.setReadOnly(readOnly);
        barcode.setReadOnly(readOnly);
        status.setReadOnly(readOnly);
    }
}
