package jp.nintei.security.totp;

import jp.nintei.security.crypto.AesGcmSealer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString("A".repeat(32).getBytes(StandardCharsets.US_ASCII));
    private static final String KEY_B = Base64.getEncoder().encodeToString("B".repeat(32).getBytes(StandardCharsets.US_ASCII));

    private static SecretCipher cipher(String key, String... retired) {
        return new SecretCipher(new TwoFactorProperties(true, key, List.of(retired), "Nintei", 5,
                Duration.ofMinutes(15), Duration.ofHours(24), 10));
    }

    @Test
    void sealsWithAFreshNonceAndOpensOnlyForTheSameAccount() {
        SecretCipher cipher = cipher(KEY_A);
        byte[] secret = "twenty-byte-secret!!".getBytes(StandardCharsets.US_ASCII);
        var first = cipher.seal(secret, "staff:tanaka");
        var second = cipher.seal(secret, "staff:tanaka");
        assertThat(first.value()).isNotEqualTo(second.value()).doesNotContain(Base32.encode(secret));
        assertThat(cipher.open(first, "staff:tanaka")).isEqualTo(secret);
        // Copied to another account's row, it does not open.
        assertThatThrownBy(() -> cipher.open(first, "staff:kato")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aChangedCiphertextDoesNotOpen() {
        SecretCipher cipher = cipher(KEY_A);
        var sealed = cipher.seal(new byte[20], "staff:tanaka");
        byte[] raw = Base64.getDecoder().decode(sealed.value());
        raw[raw.length - 1] ^= 1;
        var altered = new AesGcmSealer.Sealed(sealed.keyId(), Base64.getEncoder().encodeToString(raw));
        assertThatThrownBy(() -> cipher.open(altered, "staff:tanaka")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRetiredKeyStillOpensAndANewKeyIsCurrent() {
        var sealedWithA = cipher(KEY_A).seal(new byte[] {1, 2, 3}, "board:m1");
        SecretCipher rotated = cipher(KEY_B, KEY_A);
        assertThat(rotated.open(sealedWithA, "board:m1")).containsExactly(1, 2, 3);
        assertThat(rotated.isCurrent(sealedWithA.keyId())).isFalse();
        assertThat(rotated.isCurrent(rotated.seal(new byte[] {1}, "board:m1").keyId())).isTrue();
        assertThatThrownBy(() -> cipher(KEY_B).open(sealedWithA, "board:m1"))
                .hasMessageContaining("retired-encryption-keys");
    }

    @Test
    void keysMustBeAesSized() {
        assertThatThrownBy(() -> cipher(Base64.getEncoder().encodeToString(new byte[10])))
                .hasMessageContaining("16, 24 or 32 bytes");
    }
}
