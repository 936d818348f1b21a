package dev.focal.backoffice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;

/**
 * Shows a problem where it belongs: at a field (its error message), or at a row or list of an editor that
 * is not a single field ({@link Marked}). Clears them all again before the next save.
 */
public final class FormMarks {

    private FormMarks() {
    }

    /** A part of a form that can carry an error message of its own, like a row of a list editor. */
    public interface Marked {
        void showError(String message);

        void clearError();
    }

    /**
     * A {@link Marked} part that shows its message in a text of its own; rows and cells also mark themselves
     * with the {@code invalid} class ({@link #highlighted()}), whole lists do not.
     */
    public interface WithErrorText extends Marked, HasStyle {

        Span errorText();

        default boolean highlighted() {
            return false;
        }

        @Override
        default void showError(String message) {
            errorText().setText(message);
            errorText().setVisible(true);
            if (highlighted()) {
                addClassName("invalid");
            }
        }

        @Override
        default void clearError() {
            errorText().setVisible(false);
            if (highlighted()) {
                removeClassName("invalid");
            }
        }
    }

    /** Something found wrong before the catalog was asked (an unreadable number list, say), at the component. */
    public static final class FormProblem extends RuntimeException {

        private final Component at;

        public FormProblem(Component at, String message) {
            super(message);
            this.at = at;
        }

        public Component at() {
            return at;
        }
    }

    public static void show(Component target, String message) {
        if (target instanceof HasValidation field) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else if (target instanceof Marked marked) {
            marked.showError(message);
        } else {
            error(message);
        }
        if (target instanceof Focusable<?> focusable) {
            focusable.focus();
        } else {
            target.scrollIntoView();
        }
    }

    public static void clear(Component root) {
        visit(root, component -> {
            if (component instanceof HasValidation field) {
                field.setInvalid(false);
            }
            if (component instanceof Marked marked) {
                marked.clearError();
            }
        });
    }

    public static void visit(Component root, Consumer<Component> action) {
        action.accept(root);
        root.getChildren().forEach(child -> visit(child, action));
    }

    public static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
