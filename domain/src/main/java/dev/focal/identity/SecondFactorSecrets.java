package dev.focal.identity;

import dev.focal.shared.KeyFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts staff TOTP secrets at rest with AES-256-GCM (ADR 0018), the same construction prescriptions use
 * (ADR 0012) with a key of its own: {@code focal.mfa.key} ({@code FOCAL_MFA_KEY}, base64 of 32 bytes). Without it,
 * a key is generated once in {@code <dataDir>/mfa-key} (readable by the owner only). Each ciphertext is bound to
 * its staff user by the associated data, so secrets cannot be swapped between rows unnoticed.
 * Sealed bytes are {@code nonce (12) || ciphertext || tag (16)}.
 */
@Component
class SecondFactorSecrets {

    static final String KEY_FILE = "mfa-key";
    private static final Logger log = LoggerFactory.getLogger(SecondFactorSecrets.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;

    SecondFactorSecrets(@Value("${focal.mfa.key:}") String configured, @Value("${focal.data-dir}") String dataDir) {
        this.key = new SecretKeySpec(configured.isBlank()
                ? fileKey(Path.of(dataDir).toAbsolutePath().normalize().resolve(KEY_FILE))
                : decode(configured, "focal.mfa.key (FOCAL_MFA_KEY)"), "AES");
    }

    byte[] seal(byte[] plain, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] encrypted = cipher.doFinal(plain);
            byte[] out = new byte[NONCE_BYTES + encrypted.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(encrypted, 0, out, NONCE_BYTES, encrypted.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt", e);
        }
    }

    byte[] open(byte[] sealed, String associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored second-factor secret cannot be decrypted: FOCAL_MFA_KEY (or "
                    + KEY_FILE + " in the data directory) is not the key it was stored with.", e);
        }
    }

    private static byte[] fileKey(Path file) {
        var key = KeyFiles.readOrGenerate(file, SecondFactorSecrets::refusal);
        if (key.generated()) {
            log.warn("No FOCAL_MFA_KEY set: generated the key that encrypts staff authenticator secrets in {}. "
                    + "Keep it with the data directory's backups, or set FOCAL_MFA_KEY.", file);
        }
        return key.bytes();
    }

    private static byte[] decode(String base64, String where) {
        return KeyFiles.decode(base64, where, SecondFactorSecrets::refusal);
    }

    private static IllegalStateException refusal(String problem) {
        return new IllegalStateException("Second-factor key: " + problem
                + " (create one with 'openssl rand -base64 32').");
    }
}
