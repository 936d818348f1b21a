package dev.focal.backoffice;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a domain validation message at the field it names (the field names of the command records, like
 * {@code percent} or {@code endsAt}); a message for a field the form does not have becomes a notification,
 * so it is never lost.
 */
final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FieldErrors bind(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    void show(String field, String message) {
        HasValidation target = fields.get(field);
        if (target == null) {
            error(message);
        } else {
            invalid(target, message);
        }
    }

    static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void success(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
