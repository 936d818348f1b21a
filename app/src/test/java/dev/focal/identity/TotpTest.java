package dev.focal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B test vectors, and how the verifier treats drift, reuse and typing. */
class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "at {0} s: {1} (SHA1), {2} (SHA256), {3} (SHA512)")
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"
    })
    void codes_match_the_rfc_6238_test_vectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(seconds);
        assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void a_code_is_accepted_one_step_either_side_but_not_further_and_not_twice() {
        long now = Totp.step(1111111111);
        String current = Totp.code(SHA1_SEED, now);
        assertThat(Totp.matchingStep(SHA1_SEED, current, now, 0)).isEqualTo(now);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, now - 1), now, 0)).isEqualTo(now - 1);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, now + 1), now, 0)).isEqualTo(now + 1);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, now - 2), now, 0)).isEqualTo(-1);
        assertThat(Totp.matchingStep(SHA1_SEED, current, now, now)).as("already used").isEqualTo(-1);
        assertThat(Totp.matchingStep(SHA1_SEED, current.substring(0, 3) + " " + current.substring(3), now, 0))
                .as("typed with a space").isEqualTo(now);
        assertThat(Totp.matchingStep(SHA1_SEED, "12345", now, 0)).isEqualTo(-1);
        assertThat(Totp.matchingStep(SHA1_SEED, null, now, 0)).isEqualTo(-1);
    }

    @Test
    void base32_round_trips_as_authenticator_apps_read_it() {
        assertThat(Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(SHA1_SEED);
    }
}
