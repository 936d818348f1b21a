package dev.focal.backoffice.pricing;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.pricing.PricingAccess;
import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.Coating;
import dev.focal.catalog.LensSpec;
import dev.focal.catalog.ProductDetails;
import dev.focal.pricing.CoatingPrice;
import dev.focal.pricing.ItemPrice;
import dev.focal.pricing.LensPrice;
import dev.focal.pricing.PriceListId;
import dev.focal.pricing.PriceListSummary;
import dev.focal.pricing.PriceLists;
import dev.focal.pricing.PricingExceptions.ChangedBySomeoneElse;
import dev.focal.pricing.PricingExceptions.InvalidPrice;
import dev.focal.pricing.PricingExceptions.PriceListNotFound;
import dev.focal.shared.Money;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One price list: its header, and lazy grids of its item, lens and coating prices with inline add and edit
 * (a click on a row loads it into the fields above the grid), plus a bulk paste of item prices.
 */
@Route(value = "price-list", layout = MainLayout.class)
@PageTitle("Price list")
@AllowedFor(PricingAccess.READERS)
class PriceListView extends VerticalLayout implements HasUrlParameter<String> {

    final H3 title = new H3();
    final Paragraph facts = new Paragraph();
    final Button editHeader = new Button("Edit header", VaadinIcon.EDIT.create());
    final Grid<ItemPrice> items = new Grid<>();
    final TextField itemFilter = new TextField();
    final TextField sku = new TextField("SKU");
    final BigDecimalField itemPrice = new BigDecimalField("Price");
    final Button setItem = new Button("Set price");
    final TextArea bulk = new TextArea("Prices, one per line");
    final Button setBulk = new Button("Set all prices");
    final Grid<LensPrice> lenses = new Grid<>();
    final ComboBox<String> lensProduct = new ComboBox<>("Lens product");
    final ComboBox<String> lensIndex = new ComboBox<>("Index");
    final BigDecimalField lensPrice = new BigDecimalField("Price per pair");
    final Button setLens = new Button("Set price");
    final Grid<CoatingPrice> coatings = new Grid<>();
    final ComboBox<String> coatingProduct = new ComboBox<>("Lens product");
    final ComboBox<String> coating = new ComboBox<>("Coating");
    final BigDecimalField coatingPrice = new BigDecimalField("Price per pair");
    final Button setCoating = new Button("Set price");
    final TabSheet tabs = new TabSheet();

    private final PriceLists priceLists;
    private final Catalog catalog;
    private final boolean editor = PricingForms.canEdit();
    private @Nullable PriceListSummary list;

    PriceListView(PriceLists priceLists, Catalog catalog) {
        this.priceLists = priceLists;
        this.catalog = catalog;
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            list = priceLists.get(new PriceListId(UUID.fromString(parameter)));
        } catch (IllegalArgumentException | PriceListNotFound missing) {
            removeAll();
            add(new Paragraph("There is no price list " + parameter + "."));
            return;
        }
        removeAll();
        build(list);
    }

    private void build(PriceListSummary list) {
        title.setText(list.name() + " (" + list.code() + ")");
        describe(list);
        editHeader.setVisible(editor);
        editHeader.addClickListener(e -> headerDialog().open());
        var header = new HorizontalLayout(title, editHeader);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        tabs.add("Item prices", itemTab(list));
        tabs.add("Lens prices", lensTab(list));
        tabs.add("Coating prices", coatingTab(list));
        if (editor) {
            tabs.add("Bulk prices", bulkTab(list));
        }
        tabs.setSizeFull();
        add(header, facts, tabs);
    }

    private void describe(PriceListSummary list) {
        facts.setText(list.channel() + " · " + list.currency() + " · prices " + (list.pricesIncludeTax()
                ? "include" : "exclude") + " tax · valid " + Formats.dateTime(list.validFrom()) + " to "
                + (list.validTo() == null ? "open end" : Formats.dateTime(list.validTo())));
    }

    private Component itemTab(PriceListSummary list) {
        itemFilter.setPlaceholder("Filter SKU");
        itemFilter.setClearButtonVisible(true);
        itemFilter.setValueChangeMode(ValueChangeMode.LAZY);
        itemPrice.setPrefixComponent(new com.vaadin.flow.component.html.Span(list.currency()));
        items.addColumn(ItemPrice::sku).setHeader("SKU").setFlexGrow(1);
        items.addColumn(p -> p.price().amount().toPlainString()).setHeader("Price").setAutoWidth(true);
        if (editor) {
            items.addComponentColumn(p -> remove(() -> priceLists.removeItemPrice(list.id(), p.sku()), items))
                    .setAutoWidth(true);
        }
        items.setItemsPageable(pageable -> priceLists.itemPrices(list.id(), itemFilter.getValue(), pageable),
                pageable -> priceLists.countItemPrices(list.id(), itemFilter.getValue()));
        itemFilter.addValueChangeListener(e -> items.getDataProvider().refreshAll());
        items.addItemClickListener(e -> {
            sku.setValue(e.getItem().sku());
            itemPrice.setValue(e.getItem().price().amount());
        });
        var errors = new FieldErrors().bind("sku", sku).bind("price", itemPrice);
        setItem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setItem.addClickListener(e -> write(errors, items, () ->
                priceLists.setItemPrice(list.id(), sku.getValue(), money(itemPrice.getValue(), list)),
                "Price of " + sku.getValue().strip() + " set."));
        var row = new HorizontalLayout(sku, itemPrice, setItem);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setVisible(editor);
        var tab = new VerticalLayout(itemFilter, row, items);
        tab.setPadding(false);
        tab.setSizeFull();
        return tab;
    }

    private Component lensTab(PriceListSummary list) {
        var products = catalog.activeLenses().stream().map(ProductDetails::code).toList();
        lensProduct.setItems(products);
        lensProduct.setAllowCustomValue(true);
        lensProduct.addCustomValueSetListener(e -> lensProduct.setValue(e.getDetail()));
        lensIndex.setItems(LensSpec.INDEXES);
        lensIndex.setAllowCustomValue(true);
        lensIndex.addCustomValueSetListener(e -> lensIndex.setValue(e.getDetail()));
        lenses.addColumn(LensPrice::lensProductId).setHeader("Lens product").setFlexGrow(1);
        lenses.addColumn(LensPrice::index).setHeader("Index").setAutoWidth(true);
        lenses.addColumn(p -> p.price().amount().toPlainString()).setHeader("Price per pair").setAutoWidth(true);
        if (editor) {
            lenses.addComponentColumn(p -> remove(() -> priceLists.removeLensPrice(list.id(), p.lensProductId(),
                    p.index()), lenses)).setAutoWidth(true);
        }
        lenses.setItemsPageable(pageable -> priceLists.lensPrices(list.id(), pageable),
                pageable -> priceLists.countLensPrices(list.id()));
        lenses.addItemClickListener(e -> {
            lensProduct.setValue(e.getItem().lensProductId());
            lensIndex.setValue(e.getItem().index());
            lensPrice.setValue(e.getItem().price().amount());
        });
        var errors = new FieldErrors().bind("lensProductId", lensProduct).bind("index", lensIndex)
                .bind("price", lensPrice);
        setLens.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setLens.addClickListener(e -> write(errors, lenses, () -> priceLists.setLensPrice(list.id(),
                orEmpty(lensProduct.getValue()), orEmpty(lensIndex.getValue()), money(lensPrice.getValue(), list)),
                "Lens price set."));
        var row = new HorizontalLayout(lensProduct, lensIndex, lensPrice, setLens);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setVisible(editor);
        var tab = new VerticalLayout(row, lenses);
        tab.setPadding(false);
        tab.setSizeFull();
        return tab;
    }

    private Component coatingTab(PriceListSummary list) {
        coatingProduct.setItems(catalog.activeLenses().stream().map(ProductDetails::code).toList());
        coatingProduct.setAllowCustomValue(true);
        coatingProduct.addCustomValueSetListener(e -> coatingProduct.setValue(e.getDetail()));
        coating.setItems(Arrays.stream(Coating.values()).map(Coating::name).toList());
        coating.setAllowCustomValue(true);
        coating.addCustomValueSetListener(e -> coating.setValue(e.getDetail()));
        coatings.addColumn(CoatingPrice::lensProductId).setHeader("Lens product").setFlexGrow(1);
        coatings.addColumn(CoatingPrice::coating).setHeader("Coating").setAutoWidth(true);
        coatings.addColumn(p -> p.price().amount().toPlainString()).setHeader("Price per pair").setAutoWidth(true);
        if (editor) {
            coatings.addComponentColumn(p -> remove(() -> priceLists.removeCoatingPrice(list.id(),
                    p.lensProductId(), p.coating()), coatings)).setAutoWidth(true);
        }
        coatings.setItemsPageable(pageable -> priceLists.coatingPrices(list.id(), pageable),
                pageable -> priceLists.countCoatingPrices(list.id()));
        coatings.addItemClickListener(e -> {
            coatingProduct.setValue(e.getItem().lensProductId());
            coating.setValue(e.getItem().coating());
            coatingPrice.setValue(e.getItem().price().amount());
        });
        var errors = new FieldErrors().bind("lensProductId", coatingProduct).bind("coating", coating)
                .bind("price", coatingPrice);
        setCoating.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setCoating.addClickListener(e -> write(errors, coatings, () -> priceLists.setCoatingPrice(list.id(),
                orEmpty(coatingProduct.getValue()), orEmpty(coating.getValue()), money(coatingPrice.getValue(), list)),
                "Coating price set."));
        var row = new HorizontalLayout(coatingProduct, coating, coatingPrice, setCoating);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setVisible(editor);
        var tab = new VerticalLayout(row, coatings);
        tab.setPadding(false);
        tab.setSizeFull();
        return tab;
    }

    private Component bulkTab(PriceListSummary list) {
        bulk.setWidthFull();
        bulk.setMinHeight("12rem");
        bulk.setHelperText("SKU and price separated by a semicolon or tab, like FR-52-BLK;129.00. All are checked "
                + "first; one bad line changes nothing.");
        setBulk.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setBulk.addClickListener(e -> {
            bulk.setInvalid(false);
            var prices = new LinkedHashMap<String, Money>();
            String[] lines = bulk.getValue().split("\\R");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split("[;\\t]");
                try {
                    if (parts.length != 2) {
                        throw new IllegalArgumentException("write the SKU, a semicolon and the price.");
                    }
                    prices.put(parts[0].strip(), money(new BigDecimal(parts[1].strip()), list));
                } catch (IllegalArgumentException bad) {
                    FieldErrors.invalid(bulk, "Line " + (i + 1) + ": " + (bad instanceof NumberFormatException
                            ? "the price is not a number like 129.00." : bad.getMessage()));
                    return;
                }
            }
            try {
                priceLists.setItemPrices(list.id(), prices);
                FieldErrors.success(prices.size() + " prices set.");
                bulk.clear();
                items.getDataProvider().refreshAll();
            } catch (InvalidPrice bad) {
                FieldErrors.invalid(bulk, bad.getMessage());
            }
        });
        var tab = new VerticalLayout(bulk, setBulk);
        tab.setPadding(false);
        return tab;
    }

    private Dialog headerDialog() {
        var current = priceLists.get(list.id());
        var dialog = new Dialog();
        dialog.setHeaderTitle("Price list " + current.code());
        var name = new TextField("Name");
        name.setValue(current.name());
        var validFrom = new DateTimePicker("Valid from");
        validFrom.setValue(PricingForms.local(current.validFrom()));
        var validTo = new DateTimePicker("Valid to");
        validTo.setValue(PricingForms.local(current.validTo()));
        var errors = new FieldErrors().bind("name", name).bind("validFrom", validFrom).bind("validTo", validTo);
        var save = new Button("Save", e -> {
            errors.clear();
            try {
                priceLists.update(current.id(), current.version(), name.getValue(),
                        PricingForms.instant(validFrom.getValue()), PricingForms.instant(validTo.getValue()));
                list = priceLists.get(current.id());
                title.setText(list.name() + " (" + list.code() + ")");
                describe(list);
                FieldErrors.success("Price list saved.");
                dialog.close();
            } catch (InvalidPrice bad) {
                errors.show(bad);
            } catch (ChangedBySomeoneElse stale) {
                FieldErrors.error(stale.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, validFrom, validTo));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        return dialog;
    }

    private static void write(FieldErrors errors, Grid<?> grid, Runnable action, String message) {
        errors.clear();
        try {
            action.run();
            FieldErrors.success(message);
            grid.getDataProvider().refreshAll();
        } catch (InvalidPrice bad) {
            errors.show(bad);
        }
    }

    private static Button remove(Runnable action, Grid<?> grid) {
        var button = new Button(VaadinIcon.TRASH.create(), e -> {
            action.run();
            grid.getDataProvider().refreshAll();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        button.setAriaLabel("Remove");
        return button;
    }

    /** An entered amount as money of the list's currency; a missing amount is reported at the price field. */
    private static Money money(@Nullable BigDecimal amount, PriceListSummary list) {
        if (amount == null) {
            throw new InvalidPrice("price", "Enter a price, like 129.00.");
        }
        return new Money(amount, Currency.getInstance(list.currency()));
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
