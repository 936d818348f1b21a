package dev.focal.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, trimmed and lower-cased so that one mailbox has one spelling.
 * Deliberately permissive (RFC 5322 allows far more than people use) but rejects what cannot be delivered.
 */
public record Email(String value) {

    private static final Pattern SHAPE =
            Pattern.compile("^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$");

    public Email {
        if (value.length() > 254 || !SHAPE.matcher(value).matches() || value.contains("..")) {
            throw new IllegalArgumentException("Enter an e-mail address like name@example.com.");
        }
    }

    /** Parses what a person typed; blank or malformed input throws with a message fit for a form. */
    public static Email of(String input) {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("Enter your e-mail address.");
        }
        return new Email(input.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
