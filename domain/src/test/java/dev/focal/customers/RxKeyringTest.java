package dev.focal.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RxKeyringTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef"
            .getBytes(StandardCharsets.US_ASCII));

    @TempDir
    Path dataDir;

    @Test
    void outside_demo_mode_a_missing_key_refuses_to_start_and_says_how_to_make_one() {
        assertThatThrownBy(() -> RxKeyring.load("", "", false, dataDir))
                .isInstanceOfSatisfying(RxKeyMissing.class, e -> {
                    assertThat(e.getMessage()).contains("FOCAL_RX_KEY");
                    assertThat(e.action()).contains("openssl rand -base64 32", "FOCAL_RX_KEY", "focal.rx.key");
                });
        assertThat(dataDir.resolve(RxKeyring.DEMO_KEY_FILE)).doesNotExist();
    }

    @Test
    void a_key_that_is_not_base64_of_32_bytes_is_refused() {
        assertThatThrownBy(() -> RxKeyring.load("not base64!", "", false, dataDir))
                .isInstanceOf(RxKeyMissing.class).hasMessageContaining("not base64");
        assertThatThrownBy(() -> RxKeyring.load(Base64.getEncoder().encodeToString(new byte[16]), "", true, dataDir))
                .isInstanceOf(RxKeyMissing.class).hasMessageContaining("16 bytes");
        assertThatThrownBy(() -> RxKeyring.load(KEY, "short", false, dataDir))
                .isInstanceOf(RxKeyMissing.class).hasMessageContaining("FOCAL_RX_PREVIOUS_KEYS");
    }

    @Test
    void demo_mode_generates_a_key_under_the_data_directory_once_and_reuses_it() throws Exception {
        RxKeyring first = RxKeyring.load("", "", true, dataDir);
        Path file = dataDir.resolve(RxKeyring.DEMO_KEY_FILE);

        assertThat(file).exists();
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        RxKeyring second = RxKeyring.load("", "", true, dataDir);
        assertThat(second.currentKeyId()).isEqualTo(first.currentKeyId());
        RxKeyring.Sealed sealed = first.seal("OD -2.25".getBytes(StandardCharsets.UTF_8), "ctx");
        assertThat(new String(second.open(sealed.keyId(), sealed.bytes(), "ctx"), StandardCharsets.UTF_8))
                .isEqualTo("OD -2.25");
    }

    @Test
    void sealed_bytes_open_only_with_the_same_context_and_unchanged() {
        RxKeyring keys = RxKeyring.load(KEY, "", false, dataDir);
        byte[] plain = "{\"sph\":\"-2.25\"}".getBytes(StandardCharsets.UTF_8);

        RxKeyring.Sealed a = keys.seal(plain, "rx:1:1");
        RxKeyring.Sealed b = keys.seal(plain, "rx:1:1");

        assertThat(a.bytes()).isNotEqualTo(b.bytes());
        assertThat(a.bytes()).hasSize(12 + plain.length + 16);
        assertThat(keys.open(a.keyId(), a.bytes(), "rx:1:1")).isEqualTo(plain);
        assertThatThrownBy(() -> keys.open(a.keyId(), a.bytes(), "rx:2:1")).hasMessageContaining("integrity");
        byte[] tampered = a.bytes().clone();
        tampered[20] ^= 1;
        assertThatThrownBy(() -> keys.open(a.keyId(), tampered, "rx:1:1")).hasMessageContaining("integrity");
    }

    @Test
    void after_a_rotation_old_ciphertexts_open_with_the_previous_key_and_new_ones_use_the_new_key() {
        RxKeyring before = RxKeyring.load(KEY, "", false, dataDir);
        RxKeyring.Sealed old = before.seal("old".getBytes(StandardCharsets.UTF_8), "ctx");

        RxKeyring after = RxKeyring.load(OTHER_KEY, KEY, false, dataDir);
        RxKeyring.Sealed fresh = after.seal("new".getBytes(StandardCharsets.UTF_8), "ctx");

        assertThat(fresh.keyId()).isNotEqualTo(old.keyId()).isEqualTo(after.currentKeyId());
        assertThat(after.open(old.keyId(), old.bytes(), "ctx")).asString(StandardCharsets.UTF_8).isEqualTo("old");
        RxKeyring withoutOld = RxKeyring.load(OTHER_KEY, "", false, dataDir);
        assertThatThrownBy(() -> withoutOld.open(old.keyId(), old.bytes(), "ctx"))
                .hasMessageContaining("FOCAL_RX_PREVIOUS_KEYS");
    }

    @Test
    void link_signatures_depend_on_the_key_and_the_message() {
        RxKeyring keys = RxKeyring.load(KEY, "", false, dataDir);
        RxKeyring other = RxKeyring.load(OTHER_KEY, "", false, dataDir);

        assertThat(keys.sign("a")).isEqualTo(keys.sign("a")).isNotEqualTo(keys.sign("b")).isNotEqualTo(other.sign("a"));
        assertThat(RxKeyring.sameBytes(keys.sign("a"), keys.sign("a"))).isTrue();
    }

    @Test
    void links_signed_under_the_previous_key_still_verify_until_that_key_is_removed() {
        RxKeyring old = RxKeyring.load(KEY, "", false, dataDir);
        RxKeyring rotated = RxKeyring.load(OTHER_KEY, KEY, false, dataDir);
        RxKeyring done = RxKeyring.load(OTHER_KEY, "", false, dataDir);
        byte[] signedBefore = old.sign("rx-document:x");

        assertThat(rotated.verify("rx-document:x", signedBefore)).isTrue();
        assertThat(rotated.verify("rx-document:y", signedBefore)).isFalse();
        assertThat(rotated.verify("rx-document:x", rotated.sign("rx-document:x"))).isTrue();
        assertThat(rotated.sign("rx-document:x")).as("new links use the new key").isNotEqualTo(signedBefore);
        assertThat(done.verify("rx-document:x", signedBefore)).isFalse();
        assertThat(rotated.hasPreviousKeys()).isTrue();
        assertThat(done.hasPreviousKeys()).isFalse();
    }
}
