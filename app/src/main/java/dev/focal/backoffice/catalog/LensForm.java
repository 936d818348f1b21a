package dev.focal.backoffice.catalog;

import dev.focal.backoffice.ui.EditRows;
import dev.focal.backoffice.ui.FormMarks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.catalog.Category;
import dev.focal.catalog.Coating;
import dev.focal.catalog.LensSpec;
import dev.focal.catalog.LensSpec.Availability;
import dev.focal.catalog.LensSpec.CoatingOption;
import dev.focal.catalog.LensSpec.LensType;
import dev.focal.catalog.ProductDetails;
import dev.focal.catalog.ProductDraft;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * Lens products: type and design, the availability matrix (one row per index: material, SPH range, largest
 * cylinder, ADD range and minimum fitting height for multifocals, prism limit, blank diameters, stock lens,
 * lead time), and the coatings offered, some included in the price.
 */
class LensForm extends KindForm {

    final Select<LensType> type = ProductFields.select("Lens type", LensType.values());
    final TextField design = new TextField("Design");
    final EditRows<AvailabilityRow> availability;
    final CoatingsPanel coatings = new CoatingsPanel();

    LensForm() {
        availability = new EditRows<>("Availability by index", "Add index", () -> new AvailabilityRow(multifocal()));
        design.setHelperText("The lens design as the supplier names it, like \"Vista HD\".");
        type.addValueChangeListener(e -> availability.entries().forEach(row -> row.multifocal(multifocal())));
    }

    private boolean multifocal() {
        return type.getValue() != null && type.getValue().multifocal();
    }

    @Override
    List<Section> sections() {
        var general = new FormLayout(type, design);
        general.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        return List.of(new Section("Lens", new Div(general, availability)), new Section("Coatings", coatings));
    }

    void startNew() {
        availability.addRow();
    }

    @Override
    void fill(ProductDetails product) {
        LensSpec lens = product.draft().lens();
        if (lens == null) {
            return;
        }
        type.setValue(lens.type());
        design.setValue(lens.design());
        availability.clearRows();
        lens.availability().forEach(a -> availability.addRow().fill(a));
        coatings.fill(lens.coatings());
    }

    @Override
    ProductDraft draft(Category category, String code, String name, String brand, String description, String taxClass) {
        var rows = availability.entries().stream().map(row -> row.availability(multifocal())).toList();
        var spec = new LensSpec(type.getValue(), design.getValue(), rows, coatings.options());
        return new ProductDraft(category, code, name, brand, description, taxClass, null, spec, null, List.of());
    }

    @Override
    @Nullable Component target(String field) {
        Matcher m = listField(field);
        if (m != null && m.group(1).equals("availability")) {
            AvailabilityRow row = at(availability.entries(), Integer.parseInt(m.group(2)));
            return row == null ? availability : row.field(m.group(3) == null ? "" : m.group(3));
        }
        return switch (field) {
            case "lens", "type" -> type;
            case "design" -> design;
            case "availability" -> availability;
            case "coatings" -> coatings;
            default -> null;
        };
    }

    @Override
    void setReadOnly(boolean readOnly) {
        type.setReadOnly(readOnly);
        design.setReadOnly(readOnly);
        availability.setReadOnly(readOnly);
        coatings.setReadOnly(readOnly);
    }

    /** One index of the availability matrix. */
    static final class AvailabilityRow extends EditRows.Row {

        final Select<String> index = new Select<>();
        final TextField material = new TextField("Material");
        final BigDecimalField sphMin = ProductFields.decimal("SPH from", "100%");
        final BigDecimalField sphMax = ProductFields.decimal("SPH to", "100%");
        final BigDecimalField cylMax = ProductFields.decimal("CYL up to", "100%");
        final BigDecimalField addMin = ProductFields.decimal("ADD from", "100%");
        final BigDecimalField addMax = ProductFields.decimal("ADD to", "100%");
        final BigDecimalField prismMax = ProductFields.decimal("Prism up to", "100%");
        final TextField blankDiameters = new TextField("Blank diameters (mm)");
        final IntegerField minFittingHeight = new IntegerField("Min. fitting height (mm)");
        final Checkbox stockLens = new Checkbox("Stock lens");
        final IntegerField leadTimeDays = new IntegerField("Lead time (days)");

        AvailabilityRow(boolean multifocal) {
            addClassName("availability-row");
            index.setLabel("Index");
            index.setItems(LensSpec.INDEXES);
            material.setPlaceholder("CR-39, polycarbonate");
            blankDiameters.setPlaceholder("65, 70, 75");
            prismMax.setValue(BigDecimal.ZERO);
            leadTimeDays.setValue(Availability.defaultLeadTimeDays(false));
            stockLens.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue()) {
                    leadTimeDays.setValue(Availability.defaultLeadTimeDays(true));
                }
            });
            var form = new FormLayout(index, material, sphMin, sphMax, cylMax, prismMax, addMin, addMax,
                    minFittingHeight, blankDiameters, leadTimeDays, stockLens);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("36em", 4),
                    new FormLayout.ResponsiveStep("56em", 6));
            form.setColspan(blankDiameters, 2);
            layout(form);
            multifocal(multifocal);
        }

        void multifocal(boolean multifocal) {
            addMin.setEnabled(multifocal);
            addMax.setEnabled(multifocal);
            minFittingHeight.setEnabled(multifocal);
        }

        void fill(Availability a) {
            index.setValue(a.index());
            material.setValue(a.material());
            sphMin.setValue(a.sphMin());
            sphMax.setValue(a.sphMax());
            cylMax.setValue(a.cylMax());
            addMin.setValue(a.addMin());
            addMax.setValue(a.addMax());
            prismMax.setValue(a.prismMax());
            blankDiameters.setValue(ProductFields.joined(a.blankDiameters()));
            minFittingHeight.setValue(a.minFittingHeight());
            stockLens.setValue(a.stockLens());
            leadTimeDays.setValue(a.leadTimeDays());
        }

        Availability availability(boolean multifocal) {
            return new Availability(index.getValue(), material.getValue(), sphMin.getValue(), sphMax.getValue(),
                    cylMax.getValue(), multifocal ? addMin.getValue() : null, multifocal ? addMax.getValue() : null,
                    prismMax.getValue(), ProductFields.integers(blankDiameters, "65, 70, 75"),
                    multifocal ? minFittingHeight.getValue() : null, stockLens.getValue(),
                    ProductFields.required(leadTimeDays, "the lead time in days"));
        }

        Component field(String part) {
            return switch (part) {
                case "index" -> index;
                case "material" -> material;
                case "sphMin" -> sphMin;
                case "sphMax" -> sphMax;
                case "cylMax" -> cylMax;
                case "addMin" -> addMin;
                case "addMax" -> addMax;
                case "prismMax" -> prismMax;
                case "blankDiameters" -> blankDiameters;
                case "minFittingHeight" -> minFittingHeight;
                case "leadTimeDays" -> leadTimeDays;
                default -> this;
            };
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            index.setReadOnly(readOnly);
            material.setReadOnly(readOnly);
            blankDiameters.setReadOnly(readOnly);
            List.of(sphMin, sphMax, cylMax, addMin, addMax, prismMax).forEach(f -> f.setReadOnly(readOnly));
            minFittingHeight.setReadOnly(readOnly);
            leadTimeDays.setReadOnly(readOnly);
            stockLens.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }
    }

    /** Which coatings the lens can carry and which are included in its price; conflicts are named. */
    static final class CoatingsPanel extends Div implements FormMarks.WithErrorText {

        final Map<Coating, Checkbox> offered = new EnumMap<>(Coating.class);
        final Map<Coating, Checkbox> included = new EnumMap<>(Coating.class);
        private final Span error = new Span();

        CoatingsPanel() {
            addClassName("coatings");
            error.addClassName("row-error");
            error.setVisible(false);
            add(new H3("Coatings and treatments"), error);
            for (Coating coating : Coating.values()) {
                var offer = new Checkbox(coating.label());
                var include = new Checkbox("Included in the price");
                include.setEnabled(false);
                offer.addValueChangeListener(e -> {
                    include.setEnabled(e.getValue() && !offer.isReadOnly());
                    if (!e.getValue()) {
                        include.setValue(false);
                    }
                });
                offered.put(coating, offer);
                included.put(coating, include);
                var row = new Div(offer, include);
                row.addClassName("coating-row");
                add(row);
            }
            add(new Span("Photochromic cannot be combined with a tint or polarisation, nor polarisation with a tint."));
        }

        void fill(List<CoatingOption> options) {
            offered.values().forEach(c -> c.setValue(false));
            for (CoatingOption option : options) {
                offered.get(option.coating()).setValue(true);
                included.get(option.coating()).setValue(option.included());
            }
        }

        List<CoatingOption> options() {
            var options = new ArrayList<CoatingOption>();
            offered.forEach((coating, box) -> {
                if (box.getValue()) {
                    options.add(new CoatingOption(coating, included.get(coating).getValue()));
                }
            });
            return options;
        }

        public void setReadOnly(boolean readOnly) {
            offered.values().forEach(c -> c.setReadOnly(readOnly));
            included.values().forEach(c -> c.setReadOnly(readOnly));
        }

        @Override
        public Span errorText() {
            return error;
        }
    }
}
