package dev.focal.identity;

import dev.focal.identity.IdentityExceptions.InvalidStaffUser;
import dev.focal.identity.IdentityExceptions.StaffUserField;
import java.util.Locale;
import java.util.regex.Pattern;

/** A staff sign-in name: 3 to 64 lower-case letters, digits, dots, dashes or underscores. */
public record Username(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,63}$");

    public Username {
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidStaffUser(StaffUserField.USERNAME,
                    "Use 3 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.");
        }
    }

    public static Username of(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidStaffUser(StaffUserField.USERNAME, "Enter a username.");
        }
        return new Username(input.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
