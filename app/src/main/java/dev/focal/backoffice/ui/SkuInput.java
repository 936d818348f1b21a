package dev.focal.backoffice.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.SkuFacts;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A SKU typed or scanned (a keyboard-wedge scanner types the barcode and Enter): on Enter or leaving the field
 * it is looked up in the catalog, a barcode is replaced by its SKU, and the product description shows below the
 * field, or a message when the catalog does not know the code.
 */
public class SkuInput extends TextField {

    private final Catalog catalog;
    private @Nullable SkuFacts facts;
    private @Nullable Consumer<SkuFacts> onFound;
    private boolean resolving;

    public SkuInput(String label, Catalog catalog) {
        super(label);
        this.catalog = catalog;
        setPlaceholder("Type or scan");
        setPrefixComponent(VaadinIcon.BARCODE.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.ON_CHANGE);
        addValueChangeListener(e -> {
            if (!resolving) {
                resolve();
            }
        });
    }

    /** Called with the product once a typed or scanned code is found. */
    public SkuInput onFound(Consumer<SkuFacts> listener) {
        this.onFound = listener;
        return this;
    }

    /** Shows an existing SKU (of a saved record) with its description, without calling the listener. */
    public void show(String sku) {
        resolving = true;
        try {
            setValue(sku);
        } finally {
            resolving = false;
        }
        facts = lookUp(sku).orElse(null);
        setHelperText(facts == null ? "" : facts.description());
    }

    public Optional<SkuFacts> facts() {
        return Optional.ofNullable(facts);
    }

    /** The SKU found, else what was typed (the service then says what is wrong with it). */
    public String sku() {
        return facts != null ? facts.sku() : getValue().strip();
    }

    private void resolve() {
        setInvalid(false);
        String typed = getValue().strip();
        facts = typed.isEmpty() ? null : lookUp(typed).orElse(null);
        if (typed.isEmpty()) {
            setHelperText("");
        } else if (facts == null) {
            setHelperText("");
            FieldErrors.invalid(this, "No SKU or barcode " + typed + " in the catalog.");
        } else {
            setHelperText(facts.description());
            if (!facts.sku().equals(getValue())) {
                resolving = true;
                try {
                    setValue(facts.sku());
                } finally {
                    resolving = false;
                }
            }
            if (onFound != null) {
                onFound.accept(facts);
            }
        }
    }

    private Optional<SkuFacts> lookUp(String code) {
        return catalog.findByScanForStaff(code);
    }
}
