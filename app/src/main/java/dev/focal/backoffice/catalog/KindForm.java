package dev.focal.backoffice.catalog;

import com.vaadin.flow.component.Component;
import dev.focal.catalog.Category;
import dev.focal.catalog.ProductDetails;
import dev.focal.catalog.ProductDraft;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The part of the product editor that depends on the kind of product: its tabs, how it fills them from a
 * stored product, how it builds the draft, and which component shows a problem the catalog names by field.
 */
abstract class KindForm {

    static final Pattern LIST_FIELD = Pattern.compile("^(\\w+)\\[(\\d+)](?:\\.(\\w+))?$");

    /** A tab of the editor. */
    record Section(String title, Component content) {
    }

    abstract List<Section> sections();

    abstract void fill(ProductDetails product);

    /** The draft with the general fields given and this form's part; throws FormProblem at a field it cannot read. */
    abstract ProductDraft draft(Category category, String code, String name, String brand, String description,
                                String taxClass);

    /** The component to show a problem with {@code field} at, or null when this form does not have it. */
    abstract @Nullable Component target(String field);

    abstract void setReadOnly(boolean readOnly);

    /** The category changed to another of the same kind (eyeglasses to readers, say). */
    void categoryChanged(Category category) {
    }

    static @Nullable Matcher listField(String field) {
        Matcher m = LIST_FIELD.matcher(field);
        return m.matches() ? m : null;
    }

    static <T> @Nullable T at(List<T> list, int index) {
        return index < list.size() ? list.get(index) : null;
    }
}
