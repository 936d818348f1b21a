package dev.focal.backoffice.catalog;

import dev.focal.backoffice.ui.EditRows;
import dev.focal.backoffice.ui.FormMarks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.focal.catalog.Category;
import dev.focal.catalog.FrameSpec;
import dev.focal.catalog.FrameSpec.AgeGroup;
import dev.focal.catalog.FrameSpec.Colour;
import dev.focal.catalog.FrameSpec.FaceWidth;
import dev.focal.catalog.FrameSpec.Gender;
import dev.focal.catalog.FrameSpec.Material;
import dev.focal.catalog.FrameSpec.RimType;
import dev.focal.catalog.FrameSpec.Shape;
import dev.focal.catalog.FrameSpec.Size;
import dev.focal.catalog.ProductDetails;
import dev.focal.catalog.ProductDraft;
import dev.focal.catalog.Variant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * Frames, sunglasses and readers: style facts, colours, sizes in the boxing system, reader powers, and the
 * colour x size (x power) variant matrix. Progressive eligibility is shown as Focal derives it: a size
 * qualifies when B is at least twice the shortest minimum fitting height of the active progressive lenses.
 */
class FrameForm extends KindForm {

    final Select<Shape> shape = ProductFields.select("Shape", Shape.values());
    final Select<Material> material = ProductFields.select("Material", Material.values());
    final Select<RimType> rimType = ProductFields.select("Rim", RimType.values());
    final Select<Gender> gender = ProductFields.select("For", Gender.values());
    final Select<AgeGroup> ageGroup = ProductFields.select("Age group", AgeGroup.values());
    final Select<FaceWidth> faceWidth = ProductFields.select("Face width", FaceWidth.values());
    final Checkbox rxAble = new Checkbox("Takes prescription lenses");
    final MultiSelectComboBox<BigDecimal> readerPowers = new MultiSelectComboBox<>("Reader powers");
    final Span progressive = new Span();
    final EditRows<ColourRow> colours;
    final EditRows<SizeRow> sizes;
    final VariantMatrix matrix;


    private final @Nullable Integer shortestFittingHeight;
    private Category category;

    FrameForm(Category category, Supplier<String> code, Optional<Integer> shortestFittingHeight) {
        this.category = category;
        this.shortestFittingHeight = shortestFittingHeight.orElse(null);
        colours = new EditRows<>("Colours", "Add colour", () -> new ColourRow(this::sizeChanged));
        sizes = new EditRows<>("Sizes", "Add size", () -> new SizeRow(this::sizeChanged));
        matrix = new VariantMatrix(code);
        var powers = new ArrayList<BigDecimal>();
        for (int p = 50; p <= 400; p += 25) {
            powers.add(BigDecimal.valueOf(p, 2));
        }
        readerPowers.setItems(powers);
        readerPowers.setItemLabelGenerator(p -> "+" + p.toPlainString());
        readerPowers.setHelperText("The powers the readers are sold in; each colour and size comes in each.");
        progressive.addClassName("derived");

        colours.onChange(this::structureChanged);
        sizes.onChange(this::structureChanged);
        readerPowers.addValueChangeListener(e -> structureChanged());
        rxAble.addValueChangeListener(e -> showProgressive());
        categoryChanged(category);
    }

    @Override
    List<Section> sections() {
        var facts = new FormLayout(shape, material, rimType, gender, ageGroup, faceWidth, rxAble, readerPowers);
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("48em", 3));
        facts.setColspan(readerPowers, 3);
        var frame = new Div(facts, new H3("Progressive lenses"), progressive);
        var measures = new Div(colours, sizes);
        var variants = new Div(new Span("Tick the colour and size combinations that are sold; each one is a SKU."
                + " An empty SKU becomes CODE-COLOUR-A-DBL."), matrix);
        variants.addClassName("matrix-section");
        return List.of(new Section("Frame", frame), new Section("Colours & sizes", measures),
                new Section("Variants", variants));
    }

    @Override
    void categoryChanged(Category category) {
        this.category = category;
        readerPowers.setVisible(category == Category.READERS);
        rxAble.setVisible(category == Category.SUNGLASSES);
        if (category == Category.EYEGLASSES) {
            rxAble.setValue(true);
        } else if (category == Category.READERS) {
            rxAble.setValue(false);
        }
        structureChanged();
    }

    @Override
    void fill(ProductDetails product) {
        FrameSpec f = product.draft().frame();
        if (f == null) {
            return;
        }
        shape.setValue(f.shape());
        material.setValue(f.material());
        rimType.setValue(f.rimType());
        gender.setValue(f.gender());
        ageGroup.setValue(f.ageGroup());
        faceWidth.setValue(f.faceWidth());
        rxAble.setValue(f.rxAble());
        colours.clearRows();
        f.colours().forEach(c -> colours.addRow().fill(c));
        sizes.clearRows();
        f.sizes().forEach(s -> sizes.addRow().fill(s));
        readerPowers.setValue(new TreeSet<>(f.readerPowers()));
        matrix.clear();
        matrix.rebuild(colours.entries(), sizes.entries(), powers(), false);
        matrix.fill(product.draft().variants(), colours.entries(), sizes.entries());
        structureChanged();
    }

    /** Starts a new frame with one empty colour and size, so the matrix has something to show. */
    void startNew() {
        colours.addRow();
        sizes.addRow();
        structureChanged();
    }

    @Override
    ProductDraft draft(Category category, String code, String name, String brand, String description, String taxClass) {
        var colourList = colours.entries().stream().map(ColourRow::colour).toList();
        var sizeList = sizes.entries().stream().map(SizeRow::size).toList();
        matrix.rebuild(colours.entries(), sizes.entries(), powers(), true);
        List<Variant> variants = matrix.variants(code);
        if (variants.isEmpty() && !colourList.isEmpty() && !sizeList.isEmpty()) {
            throw new FormMarks.FormProblem(matrix, "Tick at least one colour and size combination under Variants.");
        }
        var spec = new FrameSpec(shape.getValue(), material.getValue(), rimType.getValue(), gender.getValue(),
                ageGroup.getValue(), faceWidth.getValue(), rxAble.getValue(), colourList, sizeList,
                category == Category.READERS ? powers() : List.of());
        return new ProductDraft(category, code, name, brand, description, taxClass, spec, null, null, variants);
    }

    @Override
    @Nullable Component target(String field) {
        Matcher m = listField(field);
        if (m != null) {
            int index = Integer.parseInt(m.group(2));
            String part = m.group(3) == null ? "" : m.group(3);
            return switch (m.group(1)) {
                case "colours" -> {
                    ColourRow row = at(colours.entries(), index);
                    yield row == null ? colours : row.field(part);
                }
                case "sizes" -> {
                    SizeRow row = at(sizes.entries(), index);
                    yield row == null ? sizes : row.field(part);
                }
                case "variants" -> {
                    VariantMatrix.VariantCell cell = at(matrix.offered(), index);
                    yield cell == null ? matrix : cell.field(part);
                }
                default -> null;
            };
        }
        return switch (field) {
            case "frame", "shape" -> shape;
            case "material" -> material;
            case "rimType" -> rimType;
            case "gender" -> gender;
            case "ageGroup" -> ageGroup;
            case "faceWidth" -> faceWidth;
            case "colours" -> colours;
            case "sizes" -> sizes;
            case "readerPowers" -> readerPowers;
            case "variants" -> matrix;
            default -> null;
        };
    }

    @Override
    void setReadOnly(boolean readOnly) {
        List.of(shape, material, rimType, gender, ageGroup, faceWidth).forEach(s -> s.setReadOnly(readOnly));
        rxAble.setReadOnly(readOnly);
        readerPowers.setReadOnly(readOnly);
        colours.setReadOnly(readOnly);
        sizes.setReadOnly(readOnly);
        matrix.setReadOnly(readOnly);
    }

    private List<BigDecimal> powers() {
        return category == Category.READERS
                ? readerPowers.getValue().stream().sorted(Comparator.naturalOrder()).toList()
                : List.of();
    }

    private void structureChanged() {
        matrix.rebuild(colours.entries(), sizes.entries(), powers(), true);
        sizeChanged();
    }

    private void sizeChanged() {
        sizes.entries().forEach(row -> row.showEligibility(shortestFittingHeight));
        matrix.relabel();
        showProgressive();
    }

    /** The derived flag, with its reason, as the storefront and lens choice will see it. */
    private void showProgressive() {
        if (shortestFittingHeight == null) {
            progressive.setText("Not progressive-eligible: no progressive lens is active, so no frame qualifies yet.");
            return;
        }
        int minB = 2 * shortestFittingHeight;
        boolean any = sizes.entries().stream().map(SizeRow::b).anyMatch(b -> b != null && b >= minB);
        boolean rx = category == Category.EYEGLASSES || (category == Category.SUNGLASSES && rxAble.getValue());
        String rule = " (a size needs B of at least " + minB + " mm: twice the shortest progressive fitting height, "
                + shortestFittingHeight + " mm).";
        progressive.setText(!rx ? "Not progressive-eligible: the frame takes no prescription lenses."
                : any ? "Progressive-eligible" + rule : "Not progressive-eligible" + rule);
    }

    /** One colour: code, name, swatch and surcharge. */
    static final class ColourRow extends EditRows.Row {

        final TextField code = new TextField("Code");
        final TextField name = new TextField("Colour");
        final TextField swatch = new TextField("Swatch");
        final BigDecimalField surcharge = ProductFields.decimal("Surcharge", "7rem");
        private final Div chip = new Div();

        ColourRow(Runnable onChange) {
            code.setWidth("6rem");
            code.setPlaceholder("BLK");
            code.setValueChangeMode(ValueChangeMode.ON_BLUR);
            name.setWidth("10rem");
            swatch.setWidth("8rem");
            swatch.setPlaceholder("#1a2b3c");
            swatch.setPrefixComponent(chip);
            chip.addClassName("swatch");
            swatch.addValueChangeListener(e -> chip.getStyle().set("background", e.getValue()));
            code.addValueChangeListener(e -> onChange.run());
            name.addValueChangeListener(e -> onChange.run());
            layout(code, name, swatch, surcharge);
        }

        void fill(Colour colour) {
            code.setValue(colour.code());
            name.setValue(colour.name());
            swatch.setValue(colour.swatch());
            surcharge.setValue(colour.surcharge());
        }

        String key() {
            return code.getValue().strip().toUpperCase(Locale.ROOT);
        }

        Colour colour() {
            return new Colour(code.getValue(), name.getValue(), swatch.getValue(),
                    surcharge.getValue() == null ? BigDecimal.ZERO : surcharge.getValue());
        }

        Component field(String part) {
            return switch (part) {
                case "code" -> code;
                case "name" -> name;
                case "swatch" -> swatch;
                case "surcharge" -> surcharge;
                default -> this;
            };
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            List.of(code, name, swatch).forEach(f -> f.setReadOnly(readOnly));
            surcharge.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }
    }

    /** One size: A, B, DBL, ED and temple, with the marking and whether it suits progressives. */
    static final class SizeRow extends EditRows.Row {

        final IntegerField a = ProductFields.millimetres("A");
        final IntegerField b = ProductFields.millimetres("B");
        final IntegerField dbl = ProductFields.millimetres("DBL");
        final IntegerField ed = ProductFields.millimetres("ED");
        final IntegerField temple = ProductFields.millimetres("Temple");
        final Span marking = new Span();
        final Span eligible = new Span();

        SizeRow(Runnable onChange) {
            a.setHelperText("eye size");
            b.setHelperText("depth");
            dbl.setHelperText("bridge");
            ed.setHelperText("eff. diameter");
            temple.setWidth("6.5rem");
            marking.addClassName("marking");
            eligible.getElement().getThemeList().add("badge success small");
            eligible.setText("Progressive");
            eligible.setVisible(false);
            for (IntegerField field : List.of(a, b, dbl, ed, temple)) {
                field.setValueChangeMode(ValueChangeMode.ON_BLUR);
                field.addValueChangeListener(e -> onChange.run());
            }
            var shown = new Div(marking, eligible);
            shown.addClassName("size-marking");
            layout(a, b, dbl, ed, temple, shown);
        }

        void fill(Size size) {
            a.setValue(size.a());
            b.setValue(size.b());
            dbl.setValue(size.dbl());
            ed.setValue(size.ed());
            temple.setValue(size.temple());
        }

        @Nullable Integer b() {
            return b.getValue();
        }

        /** As opticians write it, {@code 52□18-140}, once A, DBL and temple are there. */
        String marking() {
            return a.getValue() == null || dbl.getValue() == null || temple.getValue() == null ? "new size"
                    : a.getValue() + "\u25A1" + dbl.getValue() + "-" + temple.getValue();
        }

        /** The SKU part {@code 52-18}, or empty while incomplete. */
        String skuPart() {
            return a.getValue() == null || dbl.getValue() == null ? "" : a.getValue() + "-" + dbl.getValue();
        }

        String key() {
            return a.getValue() + "-" + dbl.getValue() + "-" + temple.getValue();
        }

        void showEligibility(@Nullable Integer shortestFittingHeight) {
            marking.setText(marking());
            eligible.setVisible(shortestFittingHeight != null && b.getValue() != null
                    && b.getValue() >= 2 * shortestFittingHeight);
        }

        Size size() {
            return new Size(ProductFields.required(a, "A (eye size)"), ProductFields.required(b, "B (lens depth)"),
                    ProductFields.required(dbl, "DBL (bridge)"), ProductFields.required(ed, "ED (effective diameter)"),
                    ProductFields.required(temple, "the temple length"));
        }

        Component field(String part) {
            return switch (part) {
                case "a" -> a;
                case "b" -> b;
                case "dbl" -> dbl;
                case "ed" -> ed;
                case "temple" -> temple;
                default -> this;
            };
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            List.of(a, b, dbl, ed, temple).forEach(f -> f.setReadOnly(readOnly));
            remove.setVisible(!readOnly);
        }
    }
}
