package dev.focal.backoffice.catalog;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.catalog.CatalogAccess;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import dev.focal.backoffice.ui.StaffAccess;
import dev.focal.backoffice.ui.Toolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.Category;
import dev.focal.catalog.ProductFilter;
import dev.focal.catalog.ProductStatus;
import dev.focal.catalog.ProductSummary;
import java.util.Set;

/** Every product, lazily, filtered by text (code, name, brand, SKU, barcode), category and state. */
@Route(value = "products", layout = MainLayout.class)
@PageTitle("Products")
@Menu(title = "Products", order = 1, icon = "vaadin:glasses")
@MenuArea(Area.CATALOG)
@AllowedFor(CatalogAccess.STAFF)
class ProductsView extends VerticalLayout {

    final Grid<ProductSummary> grid = new Grid<>();
    final TextField search = new TextField();
    final ComboBox<Category> categoryFilter = new ComboBox<>();
    final ComboBox<ProductStatus> statusFilter = new ComboBox<>();
    final Button add = new Button("New product", VaadinIcon.PLUS.create());
    private ProductFilter filter = ProductFilter.all();

    ProductsView(Catalog catalog) {
        search.setPlaceholder("Code, name, brand, SKU or barcode");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMinWidth("14rem");
        categoryFilter.setPlaceholder("Any category");
        categoryFilter.setItems(Category.values());
        categoryFilter.setItemLabelGenerator(Category::label);
        categoryFilter.setClearButtonVisible(true);
        statusFilter.setPlaceholder("Any state");
        statusFilter.setItems(ProductStatus.values());
        statusFilter.setItemLabelGenerator(ProductsView::statusLabel);
        statusFilter.setClearButtonVisible(true);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(StaffAccess.allows(CatalogAccess.EDITORS));

        grid.addColumn(ProductSummary::code).setHeader("Code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProductSummary::name).setHeader("Name").setFlexGrow(2).setWidth("10rem");
        grid.addColumn(ProductSummary::brand).setHeader("Brand").setFlexGrow(1).setWidth("6rem");
        grid.addColumn(p -> p.category().label()).setHeader("Category").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(ProductsView::status).setHeader("State").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProductSummary::variantCount).setHeader("SKUs").setWidth("5rem").setFlexGrow(0);
        grid.addColumn(p -> Formats.dateTime(p.updatedAt())).setHeader("Changed").setWidth("10.5rem").setFlexGrow(0);
        grid.setItemsPageable(page -> catalog.find(filter, (int) page.getOffset(), page.getPageSize()),
                page -> catalog.count(filter));
        grid.setSizeFull();

        search.addValueChangeListener(e -> refresh());
        categoryFilter.addValueChangeListener(e -> refresh());
        statusFilter.addValueChangeListener(e -> refresh());
        grid.addItemClickListener(e -> ProductNavigation.toProduct(e.getItem().id()));
        add.addClickListener(e -> chooseCategory());

        var toolbar = Toolbar.of(search, categoryFilter, statusFilter, add);
        setSizeFull();
        add(toolbar, grid);
    }

    void refresh() {
        var category = categoryFilter.getValue();
        filter = new ProductFilter(search.getValue(), category == null ? Set.of() : Set.of(category),
                statusFilter.getValue());
        grid.getDataProvider().refreshAll();
    }

    /** The category decides which editor opens: one touch-sized button each. */
    private void chooseCategory() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("What kind of product?");
        var choices = new Div();
        choices.addClassName("category-choices");
        for (Category category : Category.values()) {
            choices.add(new Button(category.label(), e -> {
                dialog.close();
                ProductNavigation.toNewProduct(category);
            }));
        }
        dialog.add(choices);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()));
        dialog.open();
    }

    static String statusLabel(ProductStatus status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case ACTIVE -> "Active";
            case ARCHIVED -> "Archived";
        };
    }

    static String statusTheme(ProductStatus status) {
        return switch (status) {
            case DRAFT -> "contrast";
            case ACTIVE -> "success";
            case ARCHIVED -> "error";
        };
    }

    private static Span status(ProductSummary product) {
        var badge = new Span(statusLabel(product.status()));
        badge.getElement().getThemeList().add("badge " + statusTheme(product.status()));
        return badge;
    }
}
