package dev.focal.backoffice.pricing;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.pricing.PricingAccess;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.Coating;
import dev.focal.catalog.LensSpec;
import dev.focal.catalog.ProductDetails;
import dev.focal.catalog.SkuFacts;
import dev.focal.pricing.Channel;
import dev.focal.pricing.LensChoice;
import dev.focal.pricing.NoPriceException;
import dev.focal.pricing.PriceLists;
import dev.focal.pricing.PriceQuote;
import dev.focal.pricing.PriceQuote.QuotedLine;
import dev.focal.pricing.PriceQuote.RuleOutcome;
import dev.focal.pricing.PricingExceptions.InvalidPrice;
import dev.focal.pricing.PricingExceptions.NoActivePriceList;
import dev.focal.pricing.PricingLine;
import dev.focal.pricing.PricingRequest;
import dev.focal.pricing.RxFacts;
import dev.focal.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * "What would this cart cost?": staff enter channel, customer group, region, coupons and lines (a SKU with a
 * quantity, optionally lenses with coatings and the Rx facts that drive surcharges) and see the quote the
 * storefront and checkout would compute, with every rule that applied or did not, and why.
 */
@Route(value = "price-preview", layout = MainLayout.class)
@PageTitle("Price preview")
@Menu(title = "Price preview", order = 6, icon = "vaadin:calc")
@MenuArea(Area.PRICING)
@AllowedFor(PricingAccess.READERS)
class PricePreviewView extends VerticalLayout {

    final Select<Channel> channel = new Select<>();
    final TextField currency = new TextField("Currency");
    final TextField customerGroup = new TextField("Customer group");
    final TextField customerId = new TextField("Customer ID");
    final TextField region = new TextField("Tax region");
    final TextField coupons = new TextField("Coupon codes");
    final DateTimePicker at = new DateTimePicker("Priced at");
    final VerticalLayout lineRows = new VerticalLayout();
    final List<LineRow> rows = new ArrayList<>();
    final Button addLine = new Button("Add line", VaadinIcon.PLUS.create());
    final Button price = new Button("Price it", VaadinIcon.CALC.create());
    final Paragraph problem = new Paragraph();
    final Grid<QuotedLine> lines = new Grid<>();
    final Paragraph totals = new Paragraph();
    final Grid<RuleOutcome> explanation = new Grid<>();
    private final VerticalLayout result = new VerticalLayout();

    private final Catalog catalog;
    private final PriceLists priceLists;
    private final List<String> lensProducts;
    private Map<String, String> lineLabels = Map.of();

    PricePreviewView(Catalog catalog, PriceLists priceLists,
                     @org.springframework.beans.factory.annotation.Value("${focal.shop.currency:EUR}") String shopCurrency,
                     @org.springframework.beans.factory.annotation.Value("${focal.shop.region:DE}") String shopRegion) {
        this.catalog = catalog;
        this.priceLists = priceLists;
        this.lensProducts = catalog.activeLenses().stream().map(ProductDetails::code).toList();

        channel.setLabel("Channel");
        channel.setItems(Channel.values());
        channel.setValue(Channel.WEB);
        currency.setValue(shopCurrency);
        region.setValue(shopRegion);
        currency.setMaxLength(3);
        customerGroup.setHelperText("Optional, for group promotions.");
        customerId.setHelperText("Optional, to count the customer's coupon uses.");
        region.setHelperText("Country or state code, like DE.");
        coupons.setHelperText("Comma-separated.");
        at.setValue(LocalDateTime.now(Formats.ZONE).withNano(0));
        price.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problem.addClassName("error-text");
        problem.setVisible(false);
        lineRows.setPadding(false);

        lines.addColumn(l -> lineLabels.getOrDefault(l.lineId(), l.lineId())).setHeader("Line").setFlexGrow(2);
        lines.addColumn(QuotedLine::quantity).setHeader("Qty").setAutoWidth(true);
        lines.addColumn(l -> l.charges().stream().map(c -> c.label() + " " + c.amount().amount().toPlainString())
                .collect(Collectors.joining("; "))).setHeader("Charges").setFlexGrow(3);
        lines.addColumn(l -> amount(l.base())).setHeader("Base").setAutoWidth(true);
        lines.addColumn(l -> l.discounts().isEmpty() ? "—" : l.discounts().stream()
                .map(d -> d.label() + " −" + d.amount().amount().toPlainString())
                .collect(Collectors.joining("; "))).setHeader("Discounts").setFlexGrow(2);
        lines.addColumn(l -> amount(l.discounted())).setHeader("After discounts").setAutoWidth(true);
        lines.addColumn(l -> amount(l.net())).setHeader("Net").setAutoWidth(true);
        lines.addColumn(l -> amount(l.tax())).setHeader("Tax").setAutoWidth(true);
        lines.addColumn(l -> amount(l.total())).setHeader("Total").setAutoWidth(true);
        lines.setAllRowsVisible(true);
        explanation.addColumn(RuleOutcome::rule).setHeader("Rule").setFlexGrow(2);
        explanation.addComponentColumn(o -> {
            var badge = new Span(o.applied() ? "Applied" : "Not applied");
            badge.getElement().getThemeList().add("badge " + (o.applied() ? "success" : "contrast"));
            return badge;
        }).setHeader("Outcome").setAutoWidth(true);
        explanation.addColumn(RuleOutcome::reason).setHeader("Why").setFlexGrow(3);
        explanation.setAllRowsVisible(true);

        addLine.addClickListener(e -> addRow());
        price.addClickListener(e -> quote());

        var request = new FormLayout(channel, currency, region, customerGroup, customerId, coupons, at);
        request.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 4));
        result.setPadding(false);
        result.add(new H3("Quote"), totals, lines, new H3("Explanation"), explanation);
        result.setVisible(false);
        addRow();
        add(request, new H3("Lines"), lineRows, new HorizontalLayout(addLine, price), problem, result);
    }

    /** One line of the cart being previewed. */
    final class LineRow extends FormLayout {
        final TextField sku = new TextField("SKU");
        final IntegerField quantity = new IntegerField("Quantity");
        final ComboBox<String> lensProduct = new ComboBox<>("Lens product");
        final ComboBox<String> index = new ComboBox<>("Index");
        final MultiSelectComboBox<String> coatings = new MultiSelectComboBox<>("Coatings");
        final BigDecimalField power = new BigDecimalField("Highest power (D)");
        final BigDecimalField cylinder = new BigDecimalField("Cylinder (D)");
        final Checkbox prism = new Checkbox("Prism");
        final IntegerField blank = new IntegerField("Blank diameter (mm)");
        final Button remove = new Button(VaadinIcon.TRASH.create());

        LineRow() {
            quantity.setValue(1);
            quantity.setMin(1);
            quantity.setStepButtonsVisible(true);
            lensProduct.setItems(lensProducts);
            lensProduct.setAllowCustomValue(true);
            lensProduct.addCustomValueSetListener(e -> lensProduct.setValue(e.getDetail()));
            lensProduct.setClearButtonVisible(true);
            lensProduct.setHelperText("Leave empty for an item without lenses.");
            index.setItems(LensSpec.INDEXES);
            coatings.setItems(Arrays.stream(Coating.values()).map(Coating::name).toList());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove line");
            remove.addClickListener(e -> {
                rows.remove(this);
                lineRows.remove(this);
            });
            setResponsiveSteps(new ResponsiveStep("0", 2), new ResponsiveStep("40rem", 5));
            add(sku, quantity, lensProduct, index, coatings, power, cylinder, prism, blank, remove);
            addClassName("preview-line");
        }

        void clearErrors() {
            sku.setInvalid(false);
            quantity.setInvalid(false);
            index.setInvalid(false);
        }
    }

    LineRow addRow() {
        var row = new LineRow();
        rows.add(row);
        lineRows.add(row);
        return row;
    }

    /** Builds the request from the form; null (with messages at the fields) when something is missing. */
    @Nullable PricingRequest request() {
        region.setInvalid(false);
        currency.setInvalid(false);
        boolean ok = true;
        if (region.getValue().isBlank()) {
            FieldErrors.invalid(region, "Enter the tax region, like DE.");
            ok = false;
        }
        var pricingLines = new ArrayList<PricingLine>();
        var labels = new HashMap<String, String>();
        for (int i = 0; i < rows.size(); i++) {
            LineRow row = rows.get(i);
            row.clearErrors();
            String lineId = String.valueOf(i + 1);
            String sku = row.sku.getValue().strip();
            if (sku.isEmpty()) {
                FieldErrors.invalid(row.sku, "Enter a SKU.");
                ok = false;
                continue;
            }
            var facts = catalog.findBySkuForStaff(sku);
            if (facts.isEmpty()) {
                FieldErrors.invalid(row.sku, "There is no SKU " + sku + " in the catalog.");
                ok = false;
                continue;
            }
            if (row.quantity.getValue() == null || row.quantity.getValue() < 1) {
                FieldErrors.invalid(row.quantity, "Enter a quantity of at least 1.");
                ok = false;
                continue;
            }
            LensChoice lens = null;
            if (row.lensProduct.getValue() != null && !row.lensProduct.getValue().isBlank()) {
                if (row.index.getValue() == null) {
                    FieldErrors.invalid(row.index, "Choose the lens index.");
                    ok = false;
                    continue;
                }
                lens = new LensChoice(row.lensProduct.getValue(), row.index.getValue(), row.coatings.getValue(),
                        new RxFacts(orZero(row.power.getValue()), orZero(row.cylinder.getValue()), row.prism.getValue(),
                                row.blank.getValue() == null ? 0 : Math.max(0, row.blank.getValue())));
            }
            SkuFacts f = facts.get();
            labels.put(lineId, lineId + " · " + f.sku() + " — " + f.description());
            pricingLines.add(new PricingLine(lineId, f.sku(), f.productCode(), f.brand(), f.category().name(),
                    f.taxClass(), row.quantity.getValue(), lens));
        }
        if (!ok) {
            return null;
        }
        if (pricingLines.isEmpty()) {
            showProblem("Add at least one line.");
            return null;
        }
        lineLabels = labels;
        return new PricingRequest(pricingLines, channel.getValue(), Formats.blankToNull(customerGroup.getValue()),
                Formats.blankToNull(customerId.getValue()), Set.copyOf(PricingForms.list(coupons.getValue())),
                region.getValue().strip(), at.getValue() == null ? java.time.Instant.now()
                : PricingForms.instant(at.getValue()));
    }

    void quote() {
        problem.setVisible(false);
        result.setVisible(false);
        PricingRequest request = request();
        if (request == null) {
            return;
        }
        try {
            show(priceLists.quote(request, currency.getValue()));
        } catch (InvalidPrice bad) {
            FieldErrors.invalid(currency, bad.getMessage());
        } catch (NoActivePriceList | NoPriceException missing) {
            showProblem(missing.getMessage());
        }
    }

    private void show(PriceQuote quote) {
        lines.setItems(quote.lines());
        explanation.setItems(quote.explanation());
        totals.setText("Price list " + quote.priceBookId() + " (prices " + (quote.pricesIncludeTax() ? "include"
                : "exclude") + " tax). Subtotal " + quote.subtotal() + ", discounts " + quote.discountTotal()
                + ", net " + quote.netTotal() + ", tax " + quote.taxTotal() + ", total " + quote.total() + ".");
        result.setVisible(true);
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
        FieldErrors.error(message);
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }

    private static BigDecimal orZero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

}
