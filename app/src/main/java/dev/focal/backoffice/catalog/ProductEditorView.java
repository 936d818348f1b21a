package dev.focal.backoffice.catalog;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.catalog.CatalogAccess;
import dev.focal.backoffice.ui.FormMarks;
import dev.focal.backoffice.shell.MainLayout;
import dev.focal.backoffice.ui.StaffAccess;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.CatalogExceptions.InvalidProduct;
import dev.focal.catalog.CatalogExceptions.ProductChanged;
import dev.focal.catalog.CatalogExceptions.ProductNotFound;
import dev.focal.catalog.Category;
import dev.focal.catalog.ProductDetails;
import dev.focal.catalog.ProductDraft;
import dev.focal.catalog.ProductId;
import dev.focal.catalog.ProductMedia;
import dev.focal.catalog.ProductStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Creates and edits one product ({@code products/<id>}, or {@code products/new?category=eyeglasses}). The
 * general fields are the same for every product; the tabs after them depend on its kind ({@link KindForm}).
 * A problem the catalog names by field is shown at that field, on its tab; a save over someone else's newer
 * save is refused with a banner and the editor keeps what was typed. Admins edit; other staff read.
 */
@Route(value = "products/:id", layout = MainLayout.class)
@PageTitle("Product")
@AllowedFor(CatalogAccess.STAFF)
class ProductEditorView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final Span status = new Span();
    final Select<Category> category = new Select<>();
    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final TextField brand = new TextField("Brand");
    final TextField taxClass = new TextField("Tax class");
    final TextArea description = new TextArea("Description");
    final Button save = new Button("Save", VaadinIcon.CHECK.create());
    final Button activate = new Button("Activate");
    final Button archive = new Button("Archive");
    final Button backToDraft = new Button("Back to draft");
    final Button back = new Button("Products", VaadinIcon.ARROW_LEFT.create());
    final Div changedBanner = new Div();
    final Span changedMessage = new Span();
    TabSheet tabs = new TabSheet();
    @Nullable KindForm form;
    @Nullable ProductImages images;

    private final Catalog catalog;
    private final ProductMedia media;
    private final boolean editable;
    private final Map<Component, Tab> tabOf = new HashMap<>();
    private @Nullable ProductDetails product;
    private long version;

    ProductEditorView(Catalog catalog, ProductMedia media) {
        this.catalog = catalog;
        this.media = media;
        this.editable = StaffAccess.allows(CatalogAccess.EDITORS);
        category.setLabel("Category");
        category.setItemLabelGenerator(Category::label);
        code.setHelperText("Capitals, digits and dashes, like FR-1001. It cannot change later.");
        taxClass.setHelperText("Like STANDARD or REDUCED.");
        description.setMaxLength(5000);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        backToDraft.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        activate.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        changedBanner.addClassName("changed-banner");
        changedBanner.setVisible(false);
        var reload = new Button("Reload their version", VaadinIcon.REFRESH.create(), e -> reload());
        changedBanner.add(VaadinIcon.WARNING.create(), changedMessage, reload);

        save.addClickListener(e -> save());
        activate.addClickListener(e -> changeStatus(ProductStatus.ACTIVE));
        archive.addClickListener(e -> changeStatus(ProductStatus.ARCHIVED));
        backToDraft.addClickListener(e -> changeStatus(ProductStatus.DRAFT));
        back.addClickListener(e -> ProductNavigation.toProducts());
        category.addValueChangeListener(e -> {
            if (form != null && e.getValue() != null) {
                form.categoryChanged(e.getValue());
            }
        });
        code.addValueChangeListener(e -> {
            if (form instanceof FrameForm frame) {
                frame.matrix.relabel();
            }
        });

        addClassName("product-editor");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("new");
        if (id.equals("new")) {
            Optional<Category> chosen = event.getLocation().getQueryParameters().getSingleParameter("category")
                    .flatMap(Category::fromSlug);
            if (chosen.isEmpty() || !editable) {
                event.forwardTo(ProductsView.class);
                return;
            }
            open(chosen.get(), null);
            return;
        }
        try {
            var details = catalog.get(ProductId.parse(id));
            open(details.category(), details);
        } catch (ProductNotFound | IllegalArgumentException missing) {
            FormMarks.error("There is no product " + id + ".");
            event.forwardTo(ProductsView.class);
        }
    }

    /** Builds the editor for a category and fills it from a stored product, or empty for a new one. */
    private void open(Category kindOf, @Nullable ProductDetails details) {
        removeAll();
        tabOf.clear();
        product = details;
        version = details == null ? 0 : details.version();
        form = switch (kindOf.kind()) {
            case FRAME -> new FrameForm(kindOf, code::getValue, catalog.shortestProgressiveFittingHeight());
            case LENS -> new LensForm();
            case CONTACT_LENS -> new ContactLensForm();
            case ACCESSORY, SERVICE -> new SimpleItemForm();
        };
        category.setItems(Arrays.stream(Category.values()).filter(c -> c.kind() == kindOf.kind()).toList());
        category.setValue(kindOf);
        category.setReadOnly(!editable || category.getListDataView().getItemCount() < 2);
        code.setReadOnly(details != null || !editable);

        tabs = new TabSheet();
        tabs.setWidthFull();
        var general = new FormLayout(category, code, name, brand, taxClass, description);
        general.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        general.setColspan(description, 2);
        addTab("General", general);
        form.sections().forEach(section -> addTab(section.title(), section.content()));
        if (details != null) {
            images = new ProductImages(media, details, editable, this::imagesChanged);
            addTab("Images", images);
        } else {
            images = null;
            addTab("Images", new Paragraph("Save the product first; then add its images here."));
        }

        if (details == null) {
            code.clear();
            name.clear();
            brand.clear();
            description.clear();
            taxClass.setValue("STANDARD");
            if (form instanceof FrameForm frame) {
                frame.startNew();
            } else if (form instanceof LensForm lens) {
                lens.startNew();
            }
        } else {
            fill(details);
        }
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {code, name, brand, taxClass, description}) {
            field.setReadOnly(field == code ? details != null || !editable : !editable);
        }
        form.setReadOnly(!editable);

        var heading = new Div(back, title, status);
        heading.addClassName("editor-heading");
        var spacer = new Div();
        var actions = new HorizontalLayout(activate, backToDraft, archive, spacer, save);
        actions.addClassName("toolbar");
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.setWidthFull();
        actions.expand(spacer);
        add(heading, actions, changedBanner, tabs);
        changedBanner.setVisible(false);
        showHeader();
    }

    private void fill(ProductDetails details) {
        name.setValue(details.name());
        brand.setValue(details.brand());
        description.setValue(details.draft().description());
        taxClass.setValue(details.draft().taxClass());
        code.setValue(details.code());
        category.setValue(details.category());
        if (form != null) {
            form.fill(details);
        }
    }

    private void addTab(String label, Component content) {
        var wrapper = new Div(content);
        wrapper.addClassName("editor-tab");
        tabOf.put(wrapper, tabs.add(label, wrapper));
    }

    private void showHeader() {
        title.setText(product == null ? "New " + category.getValue().label().toLowerCase(java.util.Locale.ROOT)
                + " product" : product.code() + " · " + product.name());
        ProductStatus current = product == null ? null : product.status();
        status.setText(current == null ? "Not saved" : ProductsView.statusLabel(current));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add("badge " + (current == null ? "contrast" : ProductsView.statusTheme(current)));
        save.setVisible(editable);
        activate.setVisible(editable && current != null && current != ProductStatus.ACTIVE);
        archive.setVisible(editable && current != null && current != ProductStatus.ARCHIVED);
        backToDraft.setVisible(editable && current != null && current != ProductStatus.DRAFT);
    }

    void save() {
        FormMarks.clear(this);
        tabOf.keySet().forEach(FormMarks::clear); // tab contents not shown at the moment included
        changedBanner.setVisible(false);
        KindForm kind = form;
        if (kind == null) {
            return;
        }
        ProductDraft draft;
        try {
            draft = kind.draft(category.getValue(), code.getValue(), name.getValue(), brand.getValue(),
                    description.getValue(), taxClass.getValue());
        } catch (FormMarks.FormProblem problem) {
            showAt(problem.at(), problem.getMessage());
            return;
        }
        try {
            if (product == null) {
                ProductId id = catalog.create(draft);
                FormMarks.success("Product " + draft.code().strip().toUpperCase(java.util.Locale.ROOT) + " created as a draft.");
                ProductNavigation.toProduct(id);
            } else {
                catalog.update(product.id(), version, draft);
                FormMarks.success("Product " + product.code() + " saved.");
                open(product.category(), catalog.get(product.id()));
            }
        } catch (InvalidProduct invalid) {
            Component target = target(invalid.field());
            if (target == null) {
                FormMarks.error(invalid.getMessage());
            } else {
                showAt(target, invalid.getMessage());
            }
        } catch (ProductChanged changed) {
            showChanged(changed.getMessage());
        }
    }

    private void changeStatus(ProductStatus next) {
        if (product == null) {
            return;
        }
        changedBanner.setVisible(false);
        try {
            catalog.changeStatus(product.id(), version, next);
        } catch (ProductChanged changed) {
            showChanged(changed.getMessage());
            return;
        } catch (InvalidProduct invalid) {
            FormMarks.error(invalid.getMessage());
            return;
        }
        // Keep what is being typed: only the state and the version move on (ours is the only change in between,
        // or changeStatus would have been refused).
        var fresh = catalog.get(product.id());
        product = fresh;
        version = fresh.version();
        FormMarks.success("Product " + fresh.code() + " is now " + ProductsView.statusLabel(next).toLowerCase(java.util.Locale.ROOT) + ".");
        showHeader();
    }

    /** After an image change the product's version moved on by one; adopt it when nobody else saved meanwhile. */
    private void imagesChanged() {
        if (product == null) {
            return;
        }
        var fresh = catalog.get(product.id());
        if (fresh.version() == version + 1) {
            version = fresh.version();
        }
        product = new ProductDetails(product.id(), version, product.draft(), product.slug(), product.status(),
                fresh.media(), product.progressiveEligible(), product.createdAt(), fresh.updatedAt());
        if (images != null) {
            images.show(fresh);
        }
    }

    private void reload() {
        if (product != null) {
            open(product.category(), catalog.get(product.id()));
        }
    }

    private void showChanged(String message) {
        changedMessage.setText(message);
        changedBanner.setVisible(true);
        FormMarks.error(message);
    }

    private @Nullable Component target(String field) {
        return switch (field) {
            case "category" -> category;
            case "code" -> code;
            case "name" -> name;
            case "brand" -> brand;
            case "description" -> description;
            case "taxClass" -> taxClass;
            case "status" -> status;
            default -> form == null ? null : form.target(field);
        };
    }

    /** Opens the tab holding the component, then shows the message at it. */
    private void showAt(Component target, String message) {
        for (Component c = target; c != null; c = c.getParent().orElse(null)) {
            Tab tab = tabOf.get(c);
            if (tab != null) {
                tabs.setSelectedTab(tab);
                break;
            }
        }
        FormMarks.show(target, message);
    }
}
