package dev.focal.backoffice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A list editor: a heading, one {@link Row} per entry (its fields side by side, wrapping on narrow screens),
 * an add button. Rows and the list itself can show an error of their own, so a rule that names
 * {@code sizes[2]} or {@code colours} is shown in place.
 */
public class EditRows<R extends EditRows.Row> extends Div implements FormMarks.WithErrorText {

    public final Button add;
    private final Div rows = new Div();
    private final Span error = new Span();
    private final List<R> entries = new ArrayList<>();
    private final Supplier<R> factory;
    private Runnable onChange = () -> {
    };
    private boolean readOnly;

    public EditRows(String title, String addLabel, Supplier<R> factory) {
        this.factory = factory;
        add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> {
            addRow();
            onChange.run();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        error.addClassName("row-error");
        error.setVisible(false);
        addClassName("edit-rows");
        rows.addClassName("edit-rows-list");
        add(new H3(title), error, rows, add);
    }

    public void onChange(Runnable listener) {
        this.onChange = listener;
    }

    public R addRow() {
        R row = factory.get();
        row.remove.addClickListener(e -> {
            entries.remove(row);
            rows.remove(row);
            onChange.run();
        });
        row.setReadOnly(readOnly);
        entries.add(row);
        rows.add(row);
        return row;
    }

    public void clearRows() {
        entries.clear();
        rows.removeAll();
    }

    public List<R> entries() {
        return List.copyOf(entries);
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        add.setVisible(!readOnly);
        entries.forEach(row -> row.setReadOnly(readOnly));
    }

    @Override
    public Span errorText() {
        return error;
    }

    /** One entry: its fields, a remove button and room for an error about the entry as a whole. */
    public abstract static class Row extends Div implements FormMarks.WithErrorText {

        protected final Button remove = new Button(VaadinIcon.TRASH.create());
        private final Span error = new Span();

        protected Row() {
            addClassName("edit-row");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove");
            error.addClassName("row-error");
            error.setVisible(false);
        }

        /** Lays the row out; call once the fields exist. */
        protected void layout(Component... fields) {
            var line = new Div(fields);
            line.addClassName("edit-row-fields");
            line.add(remove);
            add(line, error);
        }

        public abstract void setReadOnly(boolean readOnly);

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
