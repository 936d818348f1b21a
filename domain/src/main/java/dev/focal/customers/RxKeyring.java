package dev.focal.customers;

import dev.focal.shared.KeyFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys prescriptions are encrypted with (ADR 0012). The current key ({@code focal.rx.key}, base64 of 32
 * bytes) encrypts everything new with AES-256-GCM; older keys ({@code focal.rx.previous-keys}, comma-separated)
 * only decrypt, so a key can be rotated: set a new key, move the old one to the previous keys, re-encrypt, then
 * drop it. Every ciphertext is stored with the id of its key: the first 8 bytes, in hex, of an HMAC of a fixed
 * label under the key, which names the key without revealing it.
 *
 * <p>Sealed bytes are {@code nonce (12) || ciphertext || tag (16)}; the associated data binds a ciphertext to the
 * row or file it belongs to, so ciphertexts cannot be swapped between prescriptions unnoticed. Document links
 * are signed with a separate key derived from the current one (HMAC-SHA256 of a label); links signed under a
 * previous key's derived link key are still accepted, so rotating the key does not break a link opened a minute
 * before (ADR 0020). {@link RxRekeying} moves stored data onto the current key.
 */
final class RxKeyring {

    static final String DEMO_KEY_FILE = "rx-key";
    private static final Logger log = LoggerFactory.getLogger(RxKeyring.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String currentId;
    private final Map<String, SecretKey> keys;
    private final java.util.List<SecretKey> linkKeys;

    private RxKeyring(byte[] current, Iterable<byte[]> previous) {
        this.keys = new LinkedHashMap<>();
        SecretKey key = new SecretKeySpec(current, "AES");
        this.currentId = idOf(current);
        keys.put(currentId, key);
        var links = new java.util.ArrayList<SecretKey>();
        links.add(linkKey(current));
        for (byte[] old : previous) {
            if (keys.putIfAbsent(idOf(old), new SecretKeySpec(old, "AES")) == null) {
                links.add(linkKey(old));
            }
        }
        this.linkKeys = java.util.List.copyOf(links);
    }

    private static SecretKey linkKey(byte[] key) {
        return new SecretKeySpec(hmac(key, "focal rx document links v1"), "HmacSHA256");
    }

    /**
     * The keys from configuration. Without a key, demo mode reads or creates one in {@code <dataDir>/rx-key}
     * (and logs where); outside demo mode that is refused with {@link RxKeyMissing}.
     */
    static RxKeyring load(String key, String previousKeys, boolean demo, Path dataDir) {
        var previous = new java.util.ArrayList<byte[]>();
        for (String old : previousKeys.split(",")) {
            if (!old.isBlank()) {
                previous.add(decode(old, "focal.rx.previous-keys (FOCAL_RX_PREVIOUS_KEYS)"));
            }
        }
        if (!key.isBlank()) {
            return new RxKeyring(decode(key, "focal.rx.key (FOCAL_RX_KEY)"), previous);
        }
        if (!demo) {
            throw new RxKeyMissing("No prescription encryption key is set (FOCAL_RX_KEY). Focal encrypts "
                    + "prescriptions and their documents at rest and will not start without one.",
                    RxKeyMissing.HOW_TO_CREATE);
        }
        return new RxKeyring(demoKey(dataDir.toAbsolutePath().normalize().resolve(DEMO_KEY_FILE)), previous);
    }

    private static byte[] demoKey(Path file) {
        var key = KeyFiles.readOrGenerate(file, RxKeyring::refusal);
        if (key.generated()) {
            log.warn("Demo mode: no FOCAL_RX_KEY set, so a prescription encryption key was generated in {}. "
                    + "Prescriptions stored in this data directory need it; outside demo mode set FOCAL_RX_KEY.", file);
        } else {
            log.info("Demo mode: prescriptions are encrypted with the key in {}", file);
        }
        return key.bytes();
    }

    private static byte[] decode(String base64, String where) {
        return KeyFiles.decode(base64, where, RxKeyring::refusal);
    }

    private static RxKeyMissing refusal(String problem) {
        return new RxKeyMissing("Prescription key: " + problem + ".", RxKeyMissing.HOW_TO_CREATE);
    }

    static String idOf(byte[] key) {
        return HexFormat.of().formatHex(Arrays.copyOf(hmac(key, "focal rx key id"), 8));
    }

    private static byte[] hmac(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String currentKeyId() {
        return currentId;
    }

    /** Encrypts with the current key. */
    Sealed seal(byte[] plain, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] encrypted = cipher.doFinal(plain);
            byte[] out = new byte[NONCE_BYTES + encrypted.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(encrypted, 0, out, NONCE_BYTES, encrypted.length);
            return new Sealed(currentId, out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt", e);
        }
    }

    /** Decrypts with the key named; fails when the key is unknown or the bytes or their context were changed. */
    byte[] open(String keyId, byte[] sealed, String associatedData) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("Prescription data is encrypted with key " + keyId + ", which is not "
                    + "configured. Add it to FOCAL_RX_PREVIOUS_KEYS.");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Prescription data failed its integrity check (" + associatedData + ")", e);
        }
    }

    /** Whether any key other than the current one is configured, i.e. a rotation may be unfinished. */
    boolean hasPreviousKeys() {
        return keys.size() > 1;
    }

    /** HMAC-SHA256 under the link-signing key derived from the current key. */
    byte[] sign(String message) {
        return sign(linkKeys.getFirst(), message);
    }

    /** Whether {@code signature} signs {@code message} under the current link key or one of a previous key. */
    boolean verify(String message, byte[] signature) {
        boolean valid = false;
        for (SecretKey key : linkKeys) {
            valid |= sameBytes(sign(key, message), signature);
        }
        return valid;
    }

    private static byte[] sign(SecretKey key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean sameBytes(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    /** Ciphertext with the id of the key that made it. */
    record Sealed(String keyId, byte[] bytes) {
    }
}
