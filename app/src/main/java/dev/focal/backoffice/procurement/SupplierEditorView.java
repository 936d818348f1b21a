package dev.focal.backoffice.procurement;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.procurement.ProcurementAccess;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.shell.MainLayout;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.catalog.Catalog;
import dev.focal.procurement.ProcurementExceptions.InvalidPurchaseInput;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordChanged;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordNotFound;
import dev.focal.procurement.SupplierDetails;
import dev.focal.procurement.SupplierDraft;
import dev.focal.procurement.SupplierItem;
import dev.focal.procurement.Suppliers;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One supplier ({@code suppliers/<code>}, or {@code suppliers/new}): contact, currency, payment terms, lead
 * time, minimum order value and over-receipt tolerance, then the items it sells us. Errors appear at their
 * field; a save over someone else's change is refused with a message and the form keeps what was typed.
 * Buyers and admins edit; other staff read.
 */
@Route(value = "suppliers/:code", layout = MainLayout.class)
@PageTitle("Supplier")
@AllowedFor(ProcurementAccess.STAFF)
class SupplierEditorView extends VerticalLayout implements BeforeEnterObserver {

    static final String NEW = "new";

    final H2 title = new H2();
    final Span state = new Span();
    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final EmailField email = new EmailField("E-mail for orders");
    final TextField phone = new TextField("Phone");
    final TextField contactName = new TextField("Contact");
    final TextArea address = new TextArea("Address");
    final TextField currency = new TextField("Currency");
    final TextField paymentTerms = new TextField("Payment terms");
    final IntegerField defaultLeadTimeDays = new IntegerField("Default lead time (days)");
    final BigDecimalField minimumOrderValue = new BigDecimalField("Minimum order value");
    final IntegerField overReceiptTolerancePercent = new IntegerField("Over-receipt tolerance (%)");
    final Checkbox active = new Checkbox("Active", true);
    final Button save = new Button("Save", VaadinIcon.CHECK.create());
    final Button back = new Button("Suppliers", VaadinIcon.ARROW_LEFT.create());
    final Grid<SupplierItem> items = new Grid<>();
    final Button addItem = new Button("Add item", VaadinIcon.PLUS.create());
    final VerticalLayout itemsSection = new VerticalLayout();

    private final Suppliers suppliers;
    private final Catalog catalog;
    private final boolean editable = Purchasing.canBuy();
    private final FieldErrors errors = new FieldErrors();
    private @Nullable SupplierDetails supplier;

    SupplierEditorView(Suppliers suppliers, Catalog catalog) {
        this.suppliers = suppliers;
        this.catalog = catalog;
        code.setHelperText("Capitals, digits and dashes, like ZEISS-DE. It cannot change later.");
        currency.setMaxLength(3);
        currency.setHelperText("ISO code; its prices and orders are in it.");
        paymentTerms.setHelperText("Like 30 days net.");
        minimumOrderValue.setHelperText("Checked when a PO is submitted; 0 for none.");
        overReceiptTolerancePercent.setHelperText("How much more than ordered a delivery may bring per line.");
        defaultLeadTimeDays.setHelperText("Used for items without a lead time of their own.");
        defaultLeadTimeDays.setStepButtonsVisible(true);
        overReceiptTolerancePercent.setStepButtonsVisible(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addItem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        errors.bind("code", code).bind("name", name).bind("email", email).bind("phone", phone)
                .bind("contactName", contactName).bind("address", address).bind("currency", currency)
                .bind("paymentTerms", paymentTerms).bind("defaultLeadTimeDays", defaultLeadTimeDays)
                .bind("minimumOrderValue", minimumOrderValue)
                .bind("overReceiptTolerancePercent", overReceiptTolerancePercent);

        items.addColumn(LitRenderer.<SupplierItem>of(
                        "<div class='cell-2'><b>${item.sku}</b><small>${item.product}</small></div>")
                .withProperty("sku", SupplierItem::sku)
                .withProperty("product", i -> i.description() + " · their SKU " + i.supplierSku()))
                .setHeader("SKU, product").setFlexGrow(1).setWidth("12rem");
        items.addColumn(i -> Formats.unitCost(i.unitCost(), i.currency())).setHeader("Unit cost")
                .setWidth("8.5rem").setFlexGrow(0);
        items.addColumn(SupplierItem::packSize).setHeader("Pack").setWidth("5rem").setFlexGrow(0);
        items.addColumn(SupplierItem::minimumOrderQuantity).setHeader("MOQ").setWidth("5rem").setFlexGrow(0);
        items.addColumn(i -> i.effectiveLeadTimeDays() + " d" + (i.leadTimeDays() == null ? " (default)" : ""))
                .setHeader("Lead time").setWidth("8.5rem").setFlexGrow(0);
        if (editable) {
            items.addComponentColumn(this::removeButton).setHeader("").setKey("remove").setWidth("4.5rem").setFlexGrow(0);
        }
        items.setEmptyStateText("No items yet: add what this supplier sells us.");
        items.setAllRowsVisible(true);

        save.addClickListener(e -> save());
        back.addClickListener(e -> ProcurementNavigation.toSuppliers());
        addItem.addClickListener(e -> {
            if (supplier != null) {
                new SupplierItemDialog(suppliers, catalog, supplier, null, this::reloadItems).open();
            }
        });
        items.addItemClickListener(e -> {
            if (supplier != null) {
                new SupplierItemDialog(suppliers, catalog, supplier, e.getItem(), this::reloadItems).open();
            }
        });

        var heading = new Div(back, title, state);
        heading.addClassName("editor-heading");
        var form = new FormLayout(code, name, email, phone, contactName, currency, address, paymentTerms,
                defaultLeadTimeDays, minimumOrderValue, overReceiptTolerancePercent, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("50em", 3));
        form.setColspan(address, 2);
        var itemsHeading = new HorizontalLayout(new H3("Items"), addItem);
        itemsHeading.setAlignItems(Alignment.BASELINE);
        itemsSection.setPadding(false);
        itemsSection.add(itemsHeading, new Paragraph("What this supplier sells us: its article number, cost, pack "
                + "size, minimum order quantity and lead time. Purchase order lines take their cost from here."), items);
        itemsSection.getChildren().skip(1).findFirst().ifPresent(p -> p.addClassName("hint"));
        var actions = new HorizontalLayout(save);
        add(heading, form, actions, itemsSection);
        addClassName("supplier-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String wanted = event.getRouteParameters().get("code").orElse(NEW);
        if (wanted.equals(NEW)) {
            if (!editable) {
                event.forwardTo(SuppliersView.class);
                return;
            }
            open(null);
            return;
        }
        try {
            open(suppliers.get(wanted));
        } catch (PurchaseRecordNotFound missing) {
            FieldErrors.error("There is no supplier " + wanted + ".");
            event.forwardTo(SuppliersView.class);
        }
    }

    private void open(@Nullable SupplierDetails details) {
        supplier = details;
        errors.clear();
        fill(details == null ? SupplierDraft.empty("EUR") : details.draft());
        title.setText(details == null ? "New supplier" : details.label());
        state.removeAll();
        state.setVisible(details != null);
        if (details != null) {
            state.add(details.active() ? Formats.badge("Active", "success") : Formats.badge("Inactive", "contrast"));
        }
        for (HasValue<?, ?> field : new HasValue<?, ?>[] {name, email, phone, contactName, address, currency,
                paymentTerms, defaultLeadTimeDays, minimumOrderValue, overReceiptTolerancePercent, active}) {
            field.setReadOnly(!editable);
        }
        code.setReadOnly(details != null || !editable);
        save.setVisible(editable);
        addItem.setVisible(editable);
        itemsSection.setVisible(details != null);
        reloadItems();
    }

    private void fill(SupplierDraft d) {
        code.setValue(d.code());
        name.setValue(d.name());
        email.setValue(d.email());
        phone.setValue(d.phone() == null ? "" : d.phone());
        contactName.setValue(d.contactName() == null ? "" : d.contactName());
        address.setValue(d.address());
        currency.setValue(d.currency());
        paymentTerms.setValue(d.paymentTerms());
        defaultLeadTimeDays.setValue(d.defaultLeadTimeDays());
        minimumOrderValue.setValue(d.minimumOrderValue());
        overReceiptTolerancePercent.setValue(d.overReceiptTolerancePercent());
        active.setValue(d.active());
    }

    SupplierDraft draft() {
        return new SupplierDraft(code.getValue().strip().toUpperCase(Locale.ROOT), name.getValue(), email.getValue(),
                Formats.blankToNull(phone.getValue()), Formats.blankToNull(contactName.getValue()),
                address.getValue(), currency.getValue().strip().toUpperCase(Locale.ROOT), paymentTerms.getValue(),
                defaultLeadTimeDays.getValue() == null ? -1 : defaultLeadTimeDays.getValue(),
                minimumOrderValue.getValue() == null ? BigDecimal.ZERO : minimumOrderValue.getValue(),
                overReceiptTolerancePercent.getValue() == null ? 0 : overReceiptTolerancePercent.getValue(),
                active.getValue());
    }

    private void save() {
        errors.clear();
        if (defaultLeadTimeDays.getValue() == null) {
            errors.show("defaultLeadTimeDays", "Enter the lead time in days.");
            return;
        }
        try {
            if (supplier == null) {
                String created = suppliers.create(draft());
                FieldErrors.success("Supplier " + created + " added. Now add the items it sells us.");
                ProcurementNavigation.toSupplier(created);
            } else {
                suppliers.update(supplier.version(), draft());
                FieldErrors.success("Supplier " + supplier.code() + " saved.");
                open(suppliers.get(supplier.code()));
            }
        } catch (InvalidPurchaseInput bad) {
            errors.show(bad);
        } catch (PurchaseRecordChanged stale) {
            FieldErrors.error(stale.getMessage());
        }
    }

    void reloadItems() {
        items.setItems(supplier == null ? java.util.List.of() : suppliers.items(supplier.code()));
    }

    private Button removeButton(SupplierItem item) {
        var remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove " + item.sku());
        remove.addClickListener(e -> {
            var confirm = new ConfirmDialog("Remove " + item.sku() + "?", item.description()
                    + " will no longer be offered for this supplier's orders. Open orders keep their lines.",
                    "Remove", done -> {
                        suppliers.removeItem(item.supplierCode(), item.sku());
                        FieldErrors.success(item.sku() + " removed from " + item.supplierCode() + ".");
                        reloadItems();
                    });
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        return remove;
    }
}
