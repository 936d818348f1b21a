package dev.focal.shared;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The one password rule for staff and customers, after NIST SP 800-63B: length matters, composition rules
 * do not; refuse the passwords attackers try first and ones built from the account's own name. The maximum is
 * what the hash reads: bcrypt takes at most 72 bytes of UTF-8 (and Spring Security refuses longer input), so a
 * longer passphrase is refused here, at the field, rather than by the encoder.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** bcrypt's limit, in UTF-8 bytes: an accented letter takes two, an emoji four. */
    public static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = Set.of(
            "password", "password1", "password12", "password123", "password1234", "passw0rd", "qwerty",
            "qwertyuiop", "qwerty123", "1234567890", "0123456789", "123456789", "12345678910", "iloveyou",
            "letmein123", "welcome123", "admin12345", "administrator", "changeme", "changeme123", "football",
            "baseball", "dragon1234", "sunshine12", "princess12", "trustno1", "abc1234567", "1q2w3e4r5t",
            "1qaz2wsx3edc", "zaq12wsx", "monkey1234", "superman12", "starwars12", "qwertyuiop123");

    private PasswordPolicy() {
    }

    /**
     * Checks a new password.
     *
     * @param account the username or e-mail it belongs to, so the password cannot simply repeat it
     * @throws WeakPassword with a message fit to show beside the password field
     */
    public static void check(String password, String account) {
        if (password.length() < MIN_LENGTH) {
            throw new WeakPassword("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new WeakPassword("At most " + MAX_BYTES + " bytes: about " + MAX_BYTES
                    + " letters, fewer with accents or emoji.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            throw new WeakPassword("This password is one of the most common ones. Choose another.");
        }
        if (lower.chars().distinct().count() < 4) {
            throw new WeakPassword("Use more different characters.");
        }
        String name = account.toLowerCase(Locale.ROOT);
        int at = name.indexOf('@');
        String local = at > 0 ? name.substring(0, at) : name;
        if (local.length() >= 3 && lower.contains(local)) {
            throw new WeakPassword("The password must not contain your username or e-mail address.");
        }
    }

    /**
     * A password that breaks the policy; the message says what to change. It names no field: forms call the
     * password field differently ({@code password}, {@code newPassword}) and show it there themselves.
     */
    public static final class WeakPassword extends InvalidInput {
        public WeakPassword(String message) {
            super(message);
        }
    }
}
