package dev.focal.backoffice.catalog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.catalog.Category;
import dev.focal.catalog.ContactLensSpec;
import dev.focal.catalog.ContactLensSpec.Modality;
import dev.focal.catalog.ProductDetails;
import dev.focal.catalog.ProductDraft;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Contact lenses: modality and pack, the parameters they come in, toric and multifocal options, the SKU. */
class ContactLensForm extends KindForm {

    final Select<Modality> modality = ProductFields.select("Modality", Modality.values());
    final IntegerField packSize = new IntegerField("Lenses per pack");
    final TextField baseCurves = new TextField("Base curves (mm)");
    final TextField diameters = new TextField("Diameters (mm)");
    final BigDecimalField sphMin = ProductFields.decimal("SPH from", "100%");
    final BigDecimalField sphMax = ProductFields.decimal("SPH to", "100%");
    final Checkbox toric = new Checkbox("Toric");
    final TextField cylinders = new TextField("Cylinders");
    final Checkbox multifocal = new Checkbox("Multifocal");
    final TextField additions = new TextField("Additions");
    final SkuFields sku = new SkuFields();

    ContactLensForm() {
        modality.setHelperText("How long one lens is worn before it is replaced.");
        baseCurves.setPlaceholder("8.4, 8.6");
        diameters.setPlaceholder("14.2");
        cylinders.setPlaceholder("-0.75, -1.25, -1.75");
        additions.setPlaceholder("LOW, MED, HIGH");
        toric.addValueChangeListener(e -> cylinders.setEnabled(e.getValue()));
        multifocal.addValueChangeListener(e -> additions.setEnabled(e.getValue()));
        cylinders.setEnabled(false);
        additions.setEnabled(false);
    }

    @Override
    List<Section> sections() {
        var form = new FormLayout(modality, packSize, baseCurves, diameters, sphMin, sphMax, toric, cylinders,
                multifocal, additions);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        return List.of(new Section("Contact lens", new Div(form, new H3("SKU"), sku)));
    }

    @Override
    void fill(ProductDetails product) {
        ContactLensSpec cl = product.draft().contactLens();
        if (cl != null) {
            modality.setValue(cl.modality());
            packSize.setValue(cl.packSize());
            baseCurves.setValue(ProductFields.joined(cl.baseCurves()));
            diameters.setValue(ProductFields.joined(cl.diameters()));
            sphMin.setValue(cl.sphMin());
            sphMax.setValue(cl.sphMax());
            toric.setValue(cl.toric());
            cylinders.setValue(ProductFields.joined(cl.cylinders()));
            multifocal.setValue(cl.multifocal());
            additions.setValue(String.join(", ", cl.additions()));
        }
        sku.fill(product);
    }

    @Override
    ProductDraft draft(Category category, String code, String name, String brand, String description, String taxClass) {
        var additionList = List.of(additions.getValue().split("[,;\\s]+")).stream().filter(s -> !s.isBlank())
                .map(s -> s.toUpperCase(Locale.ROOT)).toList();
        var spec = new ContactLensSpec(modality.getValue(), packSize.getValue() == null ? 0 : packSize.getValue(),
                ProductFields.decimals(baseCurves, "8.4, 8.6"), ProductFields.decimals(diameters, "14.2"),
                sphMin.getValue(), sphMax.getValue(), toric.getValue(),
                toric.getValue() ? ProductFields.decimals(cylinders, "-0.75, -1.25") : List.of(),
                multifocal.getValue(), multifocal.getValue() ? additionList : List.of());
        return new ProductDraft(category, code, name, brand, description, taxClass, null, null, spec,
                sku.variants(code));
    }

    @Override
    @Nullable Component target(String field) {
        return switch (field) {
            case "contactLens", "modality" -> modality;
            case "packSize" -> packSize;
            case "baseCurves" -> baseCurves;
            case "diameters" -> diameters;
            case "sphMin" -> sphMin;
            case "sphMax" -> sphMax;
            case "cylinders" -> cylinders;
            case "additions" -> additions;
            default -> sku.target(field);
        };
    }

    @Override
    void setReadOnly(boolean readOnly) {
        modality.setReadOnly(readOnly);
        packSize.setReadOnly(readOnly);
        List.of(baseCurves, diameters, cylinders, additions).forEach(f -> f.setReadOnly(readOnly));
        sphMin.setReadOnly(readOnly);
        sphMax.setReadOnly(readOnly);
        toric.setReadOnly(readOnly);
        multifocal.setReadOnly(readOnly);
        sku.setReadOnly(readOnly);
    }
}
