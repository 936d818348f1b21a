package dev.focal.backoffice.catalog;

import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.ui.FormMarks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.backoffice.catalog.FrameForm.ColourRow;
import dev.focal.backoffice.catalog.FrameForm.SizeRow;
import dev.focal.catalog.Variant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The colour x size (x power, for readers) matrix of a frame model: a row per colour (and power), a column per
 * size, and in each cell whether that combination is sold and, if so, its SKU, barcode and status. Cells
 * follow the colour and size rows they belong to, so renaming a colour keeps its cells.
 */
class VariantMatrix extends Div implements FormMarks.WithErrorText {

    private record Key(ColourRow colour, SizeRow size, @Nullable BigDecimal power) {
    }

    private final Supplier<String> code;
    private final Div grid = new Div();
    private final Span error = new Span();
    private Map<Key, VariantCell> cells = new LinkedHashMap<>();
    private List<ColourRow> colours = List.of();
    private List<SizeRow> sizes = List.of();
    private List<@Nullable BigDecimal> powers = Collections.singletonList(null);
    private boolean readOnly;

    VariantMatrix(Supplier<String> code) {
        this.code = code;
        addClassName("variant-matrix-scroller");
        grid.addClassName("variant-matrix");
        error.addClassName("row-error");
        error.setVisible(false);
        add(error, grid);
    }

    /** Follows the current colours, sizes and powers; combinations that are new start as {@code offered}. */
    void rebuild(List<ColourRow> colours, List<SizeRow> sizes, List<BigDecimal> powers, boolean offered) {
        this.colours = colours;
        this.sizes = sizes;
        this.powers = powers.isEmpty() ? Collections.singletonList(null) : new ArrayList<>(powers);
        var kept = new LinkedHashMap<Key, VariantCell>();
        for (ColourRow colour : colours) {
            for (BigDecimal power : this.powers) {
                for (SizeRow size : sizes) {
                    var key = new Key(colour, size, power);
                    VariantCell cell = cells.get(key);
                    kept.put(key, cell != null ? cell : new VariantCell(offered, readOnly));
                }
            }
        }
        cells = kept;
        relabel();
    }

    void clear() {
        cells = new LinkedHashMap<>();
    }

    /** Marks the stored variants in their cells; every other cell is not offered. */
    void fill(List<Variant> variants, List<ColourRow> colours, List<SizeRow> sizes) {
        cells.values().forEach(cell -> cell.offered.setValue(false));
        for (Variant v : variants) {
            cells.forEach((key, cell) -> {
                if (key.colour().key().equals(v.colourCode()) && key.size().key().equals(v.sizeKey())
                        && Objects.equals(key.power() == null ? null : key.power().stripTrailingZeros(),
                        v.readerPower() == null ? null : v.readerPower().stripTrailingZeros())) {
                    cell.fill(v);
                }
            });
        }
    }

    /** Redraws headers and SKU suggestions from the rows' current values. */
    void relabel() {
        grid.removeAll();
        grid.getStyle().set("grid-template-columns", "minmax(7rem, auto) repeat(" + Math.max(1, sizes.size())
                + ", minmax(11rem, 1fr))");
        grid.add(header("Colour \\ size"));
        sizes.forEach(size -> grid.add(header(size.marking())));
        for (ColourRow colour : colours) {
            for (BigDecimal power : powers) {
                var label = new Div();
                var chip = new Div();
                chip.addClassName("swatch");
                chip.getStyle().set("background", colour.swatch.getValue());
                label.add(chip, new Span(colour.key().isEmpty() ? "new colour" : colour.key()),
                        new Span(colour.name.getValue()));
                if (power != null) {
                    label.add(new Span("+" + power.toPlainString()));
                }
                label.addClassName("matrix-row-header");
                grid.add(label);
                for (SizeRow size : sizes) {
                    VariantCell cell = cells.get(new Key(colour, size, power));
                    if (cell != null) {
                        cell.offered.setAriaLabel(colour.key() + " " + size.marking()
                                + (power == null ? "" : " +" + power.toPlainString()));
                        cell.sku.setPlaceholder(generatedSku(code.get(), colour.key(), size, power));
                        grid.add(cell);
                    }
                }
            }
        }
    }

    /** The offered cells, in the order {@link #variants} lists them (so {@code variants[i]} is cell i). */
    List<VariantCell> offered() {
        return cells.values().stream().filter(c -> c.offered.getValue()).toList();
    }

    List<Variant> variants(String productCode) {
        var variants = new ArrayList<Variant>();
        cells.forEach((key, cell) -> {
            if (cell.offered.getValue()) {
                String sku = cell.sku.getValue().isBlank()
                        ? generatedSku(productCode, key.colour().key(), key.size(), key.power())
                        : cell.sku.getValue();
                variants.add(new Variant(sku, key.colour().key(), key.size().key(), key.power(),
                        Formats.blankToNull(cell.barcode.getValue()), cell.status.getValue()));
            }
        });
        return variants;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        cells.values().forEach(cell -> cell.setReadOnly(readOnly));
    }

    /** The catalog's own rule for generated SKUs: CODE-COLOUR-A-DBL, plus -P150 for +1.50 readers. */
    static String generatedSku(String code, String colour, SizeRow size, @Nullable BigDecimal power) {
        String sku = code.strip().toUpperCase(Locale.ROOT) + "-" + colour + "-" + size.skuPart();
        return power == null ? sku : sku + "-P" + power.movePointRight(2).intValue();
    }

    private static Span header(String text) {
        var span = new Span(text);
        span.addClassName("matrix-header");
        return span;
    }

    @Override
    public Span errorText() {
        return error;
    }

    /** One colour x size (x power) combination. */
    static final class VariantCell extends Div implements FormMarks.WithErrorText {

        final Checkbox offered = new Checkbox("Sold");
        final TextField sku = new TextField("SKU");
        final TextField barcode = new TextField("Barcode");
        final Select<Variant.Status> status = ProductFields.select("Status", Variant.Status.values());
        private final Span error = new Span();

        VariantCell(boolean isOffered, boolean readOnly) {
            addClassName("variant-cell");
            status.setValue(Variant.Status.ACTIVE);
            barcode.setPlaceholder("EAN-13 / UPC-A");
            error.addClassName("row-error");
            error.setVisible(false);
            offered.addValueChangeListener(e -> showOffered());
            offered.setValue(isOffered);
            add(offered, sku, barcode, status, error);
            showOffered();
            setReadOnly(readOnly);
        }

        void fill(Variant variant) {
            offered.setValue(true);
            sku.setValue(variant.sku());
            barcode.setValue(ProductFields.text(variant.barcode()));
            status.setValue(variant.status());
        }

        private void showOffered() {
            boolean on = offered.getValue();
            sku.setVisible(on);
            barcode.setVisible(on);
            status.setVisible(on);
            setClassName("off", !on);
        }

        Component field(String part) {
            return switch (part) {
                case "sku" -> sku;
                case "barcode" -> barcode;
                default -> this;
            };
        }

        public void setReadOnly(boolean readOnly) {
            offered.setReadOnly(readOnly);
            sku.setReadOnly(readOnly);
            barcode.setReadOnly(readOnly);
            status.setReadOnly(readOnly);
        }

        @Override
        public Span errorText() {
            return error;
        }

        @Override
        public boolean highlighted() {
            return true;
        }
    }
}
