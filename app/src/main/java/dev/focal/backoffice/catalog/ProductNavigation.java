package dev.focal.backoffice.catalog;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import dev.focal.catalog.Category;
import dev.focal.catalog.ProductId;

/** Where the catalog screens live: the URL names the product being edited. */
public final class ProductNavigation {

    private ProductNavigation() {
    }

    public static void toProducts() {
        UI.getCurrent().navigate(ProductsView.class);
    }

    public static void toProduct(ProductId id) {
        UI.getCurrent().navigate(ProductEditorView.class, new RouteParameters("id", id.toString()));
    }

    public static void toNewProduct(Category category) {
        UI.getCurrent().navigate(ProductEditorView.class, new RouteParameters("id", "new"),
                QueryParameters.of("category", category.slug()));
    }
}
