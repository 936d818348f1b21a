package dev.focal.backoffice.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.focal.shared.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows a domain validation message at the field it names (the field names of the command records, like
 * {@code percent} or {@code endsAt}); a message for a field the form does not have becomes a notification,
 * so it is never lost. {@link #show(InvalidInput)} does this for any context's invalid-input failure.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors bind(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    public void show(String field, String message) {
        HasValidation target = fields.get(field);
        if (target == null) {
            error(message);
        } else {
            invalid(target, message);
        }
    }

    /**
     * Shows any context's invalid-input failure at the field it names; one naming no field, or a field the
     * form does not have, becomes a notification. A failure with several fields marks each one the form has
     * and puts the others' messages in one notification.
     */
    public void show(InvalidInput e) {
        if (e.fieldProblems().isEmpty()) {
            error(e.getMessage());
            return;
        }
        List<String> elsewhere = new ArrayList<>();
        for (var problem : e.fieldProblems()) {
            HasValidation target = fields.get(problem.field());
            if (target == null) {
                elsewhere.add(problem.message());
            } else {
                invalid(target, problem.message());
            }
        }
        if (!elsewhere.isEmpty()) {
            error(String.join(" ", elsewhere));
        }
    }

    public static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    public static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
