package dev.focal.storefront.shell;

import dev.focal.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Messages per form field, shown beside the field; {@code form} holds errors that concern the whole form. */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Records the message for the field; the first message found for a field is the one shown. */
    public void reject(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    /**
     * Records any context's invalid-input failure at the fields it names, or under {@code form} when it names
     * none.
     */
    public void reject(InvalidInput e) {
        if (e.fieldProblems().isEmpty()) {
            reject("form", e.getMessage());
        }
        e.fieldProblems().forEach(problem -> reject(problem.field(), problem.message()));
    }

    /** Runs a domain validation and records its message for the field when it throws. */
    public void check(String field, Runnable validation) {
        try {
            validation.run();
        } catch (IllegalArgumentException e) {
            reject(field, e.getMessage());
        }
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public @Nullable String get(String field) {
        return byField.get(field);
    }

    public int count() {
        return byField.size();
    }

    /** Every message by field, in the order they were found. */
    public Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(byField);
    }
}
