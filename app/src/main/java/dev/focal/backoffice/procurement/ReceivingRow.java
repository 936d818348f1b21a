package dev.focal.backoffice.procurement;

import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.ui.FormMarks;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.procurement.PurchaseOrderLine;
import dev.focal.procurement.ReceiptLineDraft;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One PO line on the receiving screen (or a further lot of it): what was ordered and received so far, and for
 * this delivery the units counted by scanning (editable, for a miscount), damaged units, lot, expiry and bin.
 * Shows a problem of its own under the fields.
 */
class ReceivingRow extends Div implements FormMarks.WithErrorText {

    final PurchaseOrderLine line;
    final boolean extraLot;
    /** Contact lenses: lot and expiry from the box are required. */
    final boolean needsLot;
    final IntegerField counted = new IntegerField("Counted now");
    final IntegerField damaged = new IntegerField("Damaged");
    final TextField lot = new TextField("Lot");
    final DatePicker expiresOn = new DatePicker("Expires");
    final ComboBox<String> bin = new ComboBox<>("Bin");
    final Button split = new Button(VaadinIcon.PLUS.create());
    private final Span error = new Span();
    private final Span figures = new Span();

    ReceivingRow(PurchaseOrderLine line, boolean extraLot, boolean needsLot, List<String> bins,
                 Consumer<ReceivingRow> onSplit, Runnable onChange) {
        this.line = line;
        this.extraLot = extraLot;
        this.needsLot = needsLot;
        addClassName("receiving-row");
        if (extraLot) {
            addClassName("extra-lot");
        } else if (line.outstanding() == 0) {
            addClassName("received-in-full");
        }
        counted.setValue(0);
        counted.setMin(0);
        counted.setStepButtonsVisible(true);
        counted.addClassName("counted");
        damaged.setValue(0);
        damaged.setMin(0);
        damaged.setStepButtonsVisible(true);
        counted.setWidth("8rem");
        damaged.setWidth("7.5rem");
        lot.setMaxLength(40);
        lot.setWidth("7rem");
        expiresOn.setWidth("8.5rem");
        bin.setItems(bins);
        bin.setAllowCustomValue(true);
        bin.addCustomValueSetListener(e -> bin.setValue(e.getDetail().strip().toUpperCase(Locale.ROOT)));
        bin.setClearButtonVisible(true);
        bin.setPlaceholder("Unplaced");
        bin.setWidth("8.5rem");
        if (needsLot) {
            lot.setRequiredIndicatorVisible(true);
            expiresOn.setRequiredIndicatorVisible(true);
            lot.setHelperText("From the box");
        }
        split.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        split.setAriaLabel("Another lot");
        split.setTooltipText("Another lot of this line (a different lot, expiry or bin)");
        error.addClassName("row-error");
        error.setVisible(false);

        counted.addValueChangeListener(e -> onChange.run());
        damaged.addValueChangeListener(e -> onChange.run());
        split.addClickListener(e -> onSplit.accept(this));

        var title = new Div();
        title.addClassName("receiving-line-title");
        var sku = new Span(extraLot ? "↳ " + line.sku() + " (another lot)" : line.lineNo() + ". " + line.sku());
        sku.addClassName("receiving-sku");
        var description = new Span(line.description());
        description.addClassName("lookup-description");
        figures.addClassName("receiving-figures");
        title.add(sku, description, figures);
        var fields = new Div(counted, damaged, lot, expiresOn, bin, split);
        fields.addClassName("edit-row-fields");
        add(title, fields, error);
        update(0);
    }

    int counted() {
        return counted.getValue() == null ? 0 : counted.getValue();
    }

    int damaged() {
        return damaged.getValue() == null ? 0 : damaged.getValue();
    }

    boolean touched() {
        return counted() != 0 || damaged() != 0;
    }

    void add(int units) {
        counted.setValue(counted() + units);
    }

    /** Refreshes the figures line and the over-receipt mark with everything counted on this PO line. */
    void update(int countedOnLine) {
        if (extraLot) {
            figures.setText("");
        } else {
            figures.setText("Ordered " + line.ordered() + " · received " + line.received() + " · outstanding "
                    + line.outstanding() + (countedOnLine > 0 ? " · counted " + countedOnLine : ""));
        }
        boolean over = countedOnLine > line.outstanding();
        boolean complete = countedOnLine == line.outstanding() && countedOnLine > 0;
        getElement().getClassList().set("over", over);
        getElement().getClassList().set("complete", complete);
    }

    ReceiptLineDraft draft() {
        return new ReceiptLineDraft(line.sku(), counted(), damaged(), Formats.blankToNull(lot.getValue()), expiresOn.getValue(),
                Formats.blankToNull(bin.getValue()));
    }

    /**
     * Shows a receiving problem on its line: the field ({@code quantity}, {@code lot}, {@code expiresOn},
     * {@code binCode}) is marked invalid and the message goes in the line's own full-width text below the fields,
     * since under a field a few rem wide a long message would run over the next line.
     */
    void showError(String field, String message) {
        HasValidation at = switch (field) {
            case "quantity" -> counted;
            case "lot" -> lot;
            case "expiresOn" -> expiresOn;
            case "binCode", "bin" -> bin;
            default -> null;
        };
        if (at != null) {
            at.setInvalid(true);
        }
        showError(message);
    }

    @Override
    public void clearError() {
        FormMarks.WithErrorText.super.clearError();
        counted.setInvalid(false);
        damaged.setInvalid(false);
        lot.setInvalid(false);
        expiresOn.setInvalid(false);
        bin.setInvalid(false);
    }

    @Override
    public Span errorText() {
        return error;
    }

    @Override
    public boolean highlighted() {
        return true;
    }

    void reset() {
        counted.setValue(0);
        damaged.setValue(0);
        lot.clear();
        expiresOn.clear();
        bin.clear();
        clearError();
    }

}
