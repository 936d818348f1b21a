package dev.focal.backoffice.catalog;

import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.ui.FormMarks;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Small builders and parsers shared by the product editors. */
final class ProductFields {

    private ProductFields() {
    }

    /** {@code CAT_EYE} as "Cat eye". */
    static String label(Enum<?> value) {
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    @SafeVarargs
    static <E extends Enum<E>> Select<E> select(String label, E... values) {
        var select = new Select<E>();
        select.setLabel(label);
        select.setItems(values);
        select.setItemLabelGenerator(ProductFields::label);
        return select;
    }

    static IntegerField millimetres(String label) {
        var field = new IntegerField(label);
        field.setWidth("5.5rem");
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("mm"));
        return field;
    }

    static BigDecimalField decimal(String label, String width) {
        var field = new BigDecimalField(label);
        field.setWidth(width);
        return field;
    }

    /** An integer field's value, or a problem at the field when it is empty or not a whole number. */
    static int required(IntegerField field, String what) {
        Integer value = field.getValue();
        if (value == null) {
            throw new FormMarks.FormProblem(field, "Enter " + what + " as a whole number.");
        }
        return value;
    }

    /** A list of numbers written like "8.4, 8.6"; a problem at the field when one cannot be read. */
    static List<BigDecimal> decimals(TextField field, String example) {
        var values = new ArrayList<BigDecimal>();
        for (String part : field.getValue().split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                values.add(new BigDecimal(part.startsWith("+") ? part.substring(1) : part));
            } catch (NumberFormatException e) {
                throw new FormMarks.FormProblem(field, "\"" + part + "\" is not a number. Write numbers separated by"
                        + " commas, like " + example + ".");
            }
        }
        return values;
    }

    static List<Integer> integers(TextField field, String example) {
        return decimals(field, example).stream().map(d -> {
            try {
                return d.intValueExact();
            } catch (ArithmeticException e) {
                throw new FormMarks.FormProblem(field, "Write whole numbers separated by commas, like " + example + ".");
            }
        }).toList();
    }

    static String joined(List<?> values) {
        return String.join(", ", values.stream().map(v -> v instanceof BigDecimal d ? d.toPlainString()
                : String.valueOf(v)).toList());
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

}
