package dev.focal.backoffice.catalog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.focal.catalog.Category;
import dev.focal.catalog.ProductDetails;
import dev.focal.catalog.ProductDraft;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Accessories and services: nothing beyond the general fields and one SKU. */
class SimpleItemForm extends KindForm {

    final SkuFields sku = new SkuFields();

    @Override
    List<Section> sections() {
        return List.of(new Section("SKU", new Div(new Paragraph("Sold as a single item."), sku)));
    }

    @Override
    void fill(ProductDetails product) {
        sku.fill(product);
    }

    @Override
    ProductDraft draft(Category category, String code, String name, String brand, String description, String taxClass) {
        return new ProductDraft(category, code, name, brand, description, taxClass, null, null, null,
                sku.variants(code));
    }

    @Override
    @Nullable Component target(String field) {
        return sku.target(field);
    }

    @Override
    void setReadOnly(boolean readOnly) {
        sku.setReadOnly(readOnly);
    }
}
