package dev.focal.backoffice.procurement;

import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.ui.EditRows;
import dev.focal.backoffice.ui.FormMarks;
import dev.focal.backoffice.ui.SkuInput;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.SkuFacts;
import dev.focal.procurement.PurchaseOrderDetails;
import dev.focal.procurement.PurchaseOrderLine;
import dev.focal.procurement.PurchaseOrderLineDraft;
import dev.focal.procurement.SupplierItem;
import dev.focal.procurement.Suppliers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a draft PO as a list editor: SKU typed or scanned (its supplier item fills the unit cost and
 * hints pack size and minimum order quantity), quantity, unit cost, expected date. Saving sends all lines at
 * once; a problem the service names as {@code lines[2].quantity} is shown at that field of the third row.
 */
class PurchaseOrderLinesEditor extends VerticalLayout {

    private static final Pattern LINE_FIELD = Pattern.compile("^lines\\[(\\d+)](?:\\.(\\w+))?$");

    final EditRows<LineRow> rows;
    final Span total = new Span();
    final Button save = new Button("Save lines", VaadinIcon.CHECK.create());

    private final Suppliers suppliers;
    private final Catalog catalog;
    private final List<LineRow> sent = new ArrayList<>();
    private String supplierCode = "";
    private String currency = "";

    PurchaseOrderLinesEditor(Suppliers suppliers, Catalog catalog, Consumer<PurchaseOrderLinesEditor> onSave) {
        this.suppliers = suppliers;
        this.catalog = catalog;
        rows = new EditRows<>("Lines", "Add line", LineRow::new);
        rows.onChange(this::showTotal);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            FormMarks.clear(this);
            onSave.accept(this);
        });
        total.addClassName("po-total");
        var footer = new HorizontalLayout(save, total);
        footer.setAlignItems(Alignment.BASELINE);
        setPadding(false);
        add(rows, footer);
    }

    void open(PurchaseOrderDetails order) {
        supplierCode = order.supplier().code();
        currency = order.supplier().currency();
        rows.clearRows();
        FormMarks.clear(this);
        for (PurchaseOrderLine line : order.lines()) {
            rows.addRow().fill(line);
        }
        if (order.lines().isEmpty()) {
            rows.addRow();
        }
        showTotal();
    }

    /** The rows that have anything entered, in order; blank rows are left out. */
    List<PurchaseOrderLineDraft> drafts() {
        sent.clear();
        var drafts = new ArrayList<PurchaseOrderLineDraft>();
        for (LineRow row : rows.entries()) {
            if (row.blank()) {
                continue;
            }
            sent.add(row);
            drafts.add(row.draft());
        }
        return drafts;
    }

    /** Shows a problem named like {@code lines[2].quantity} at that row's field, or at the row or the list. */
    void show(String field, String message) {
        var matcher = LINE_FIELD.matcher(field);
        if (matcher.matches()) {
            int index = Integer.parseInt(matcher.group(1));
            if (index < sent.size()) {
                LineRow row = sent.get(index);
                Component target = row.field(matcher.group(2));
                FormMarks.show(target == null ? row : target, message);
                if (target != null) {
                    row.showError("Line " + (index + 1) + ": " + message);
                }
                return;
            }
        }
        FormMarks.show(rows, message);
    }

    private void showTotal() {
        BigDecimal sum = rows.entries().stream().map(LineRow::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        total.setText("Total " + Formats.money(sum, currency));
    }

    /** One line: its fields and the supplier item that prefilled them. */
    final class LineRow extends EditRows.Row {

        final SkuInput sku = new SkuInput("SKU", catalog);
        final IntegerField quantity = new IntegerField("Quantity");
        final BigDecimalField unitCost = new BigDecimalField("Unit cost");
        final DatePicker expectedOn = new DatePicker("Expected on");
        final Span lineTotal = new Span();
        private @Nullable SupplierItem item;

        LineRow() {
            quantity.setStepButtonsVisible(true);
            quantity.setMin(0);
            quantity.setWidth("9rem");
            unitCost.setWidth("9rem");
            unitCost.setPrefixComponent(new Div(currency));
            expectedOn.setWidth("11rem");
            expectedOn.setPlaceholder("By lead time");
            expectedOn.setClearButtonVisible(true);
            lineTotal.addClassName("line-total");
            sku.onFound(this::found);
            quantity.addValueChangeListener(e -> {
                hintQuantity();
                showTotal();
            });
            unitCost.addValueChangeListener(e -> showTotal());
            layout(sku, quantity, unitCost, expectedOn, lineTotal);
        }

        void fill(PurchaseOrderLine line) {
            sku.show(line.sku());
            item = suppliers.item(supplierCode, line.sku()).orElse(null);
            quantity.setValue(line.ordered());
            unitCost.setValue(line.unitCost());
            expectedOn.setValue(line.expectedOn());
            hintQuantity();
        }

        private void found(SkuFacts facts) {
            item = suppliers.item(supplierCode, facts.sku()).orElse(null);
            if (item == null) {
                sku.setHelperText(facts.description() + " · not an item of " + supplierCode + " yet: enter its cost");
            } else {
                unitCost.setValue(item.unitCost());
                if (quantity.getValue() == null) {
                    quantity.setValue(item.orderableQuantity(1));
                }
                expectedOn.setHelperText("Lead time " + item.effectiveLeadTimeDays() + " days");
            }
            hintQuantity();
            quantity.focus();
        }

        private void hintQuantity() {
            if (item == null) {
                quantity.setHelperText("");
                return;
            }
            String rule = item.packSize() > 1 ? "Packs of " + item.packSize() + ", at least "
                    + item.minimumOrderQuantity() : "At least " + item.minimumOrderQuantity();
            Integer wanted = quantity.getValue();
            if (wanted != null && wanted > 0 && item.orderableQuantity(wanted) != wanted) {
                rule += ": " + item.orderableQuantity(wanted) + " fits";
            }
            quantity.setHelperText(rule);
        }

        boolean blank() {
            return sku.getValue().isBlank() && quantity.getValue() == null && unitCost.getValue() == null;
        }

        PurchaseOrderLineDraft draft() {
            return new PurchaseOrderLineDraft(sku.sku(), quantity.getValue() == null ? 0 : quantity.getValue(),
                    unitCost.getValue(), expectedOn.getValue());
        }

        BigDecimal lineTotal() {
            BigDecimal sum = quantity.getValue() == null || unitCost.getValue() == null ? BigDecimal.ZERO
                    : unitCost.getValue().multiply(BigDecimal.valueOf(quantity.getValue()));
            lineTotal.setText(Formats.money(sum, currency));
            return sum;
        }

        @Nullable Component field(@Nullable String name) {
            if (name == null) {
                return null;
            }
            return switch (name) {
                case "sku" -> sku;
                case "quantity" -> quantity;
                case "unitCost" -> unitCost;
                case "expectedOn" -> expectedOn;
                default -> null;
            };
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            sku.setReadOnly(readOnly);
            quantity.setReadOnly(readOnly);
            unitCost.setReadOnly(readOnly);
            expectedOn.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }
    }
}
