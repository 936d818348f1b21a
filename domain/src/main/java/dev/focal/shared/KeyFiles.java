package dev.focal.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Function;

/**
 * AES-256 keys as operators give them (base64 of 32 bytes, e.g. {@code openssl rand -base64 32}) and as Focal keeps
 * them in the data directory when none is configured: one place for reading, checking and generating them, so the
 * prescription key and the second-factor key follow the same rules.
 */
public final class KeyFiles {

    /** AES-256. */
    public static final int KEY_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyFiles() {
    }

    /** A key read from a file, or just generated into it. */
    public record Key(byte[] bytes, boolean generated) {
    }

    /**
     * Decodes a configured key. {@code where} names its source for the message ("focal.rx.key (FOCAL_RX_KEY)");
     * {@code refusal} turns a message such as "The key in ... is not base64" into the caller's exception.
     */
    public static byte[] decode(String base64, String where, Function<String, RuntimeException> refusal) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw refusal.apply("The key in " + where + " is not base64");
        }
        if (key.length != KEY_BYTES) {
            throw refusal.apply("The key in " + where + " has " + key.length + " bytes; AES-256 needs exactly "
                    + KEY_BYTES);
        }
        return key;
    }

    /**
     * The key in {@code file}, or a new random one written there first (readable by the owner only where the file
     * system has POSIX permissions). Never overwrites an existing file.
     */
    public static Key readOrGenerate(Path file, Function<String, RuntimeException> refusal) {
        try {
            if (Files.exists(file)) {
                return new Key(decode(Files.readString(file, StandardCharsets.US_ASCII), "the key file " + file,
                        refusal), false);
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[KEY_BYTES];
            RANDOM.nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows and similar: the data directory's own permissions protect the file
            }
            return new Key(key, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }
}
