package jp.nintei.security.totp;

import jp.nintei.security.crypto.AesGcmSealer;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;

import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void tenDistinctCodesOfEightyBitsInFourGroups() {
        var codes = RecoveryCodes.generate(new SecureRandom(), 10);
        assertThat(codes).hasSize(10).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"));
    }

    @Test
    void typedCodesAreNormalisedAndOthersAreNone() {
        assertThat(RecoveryCodes.normalize("abcd-efgh-jkmn-pq0o")).isEqualTo("ABCDEFGHJKMNPQ00");
        assertThat(RecoveryCodes.normalize(" ABCD EFGH JKMN PQ1L ")).isEqualTo("ABCDEFGHJKMNPQ11");
        assertThat(RecoveryCodes.normalize("123456")).isNull();
        assertThat(RecoveryCodes.normalize("ABCD-EFGH-JKMN-PQRU")).isNull();
    }

    @Test
    void theHashDependsOnTheAccount() {
        var hashes = new HashSet<String>();
        hashes.add(RecoveryCodes.hash("staff", "tanaka", "ABCDEFGHJKMNPQRS"));
        hashes.add(RecoveryCodes.hash("staff", "kato", "ABCDEFGHJKMNPQRS"));
        hashes.add(RecoveryCodes.hash("board", "tanaka", "ABCDEFGHJKMNPQRS"));
        assertThat(hashes).hasSize(3).allMatch(h -> h.matches("[0-9a-f]{64}"));
    }

    @Test
    void eachFurtherLockLastsTwiceAsLongUpToTheMaximum() {
        var factor = new SecondFactor("staff", "x", new AesGcmSealer.Sealed("k", "v"), Instant.EPOCH);
        Instant now = Instant.parse("2026-04-01T00:00:00Z");
        Duration[] expected = {Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2)};
        for (Duration lock : expected) {
            for (int i = 1; i < 5; i++) {
                assertThat(factor.recordFailure(now, 5, Duration.ofMinutes(15), Duration.ofHours(24))).isFalse();
            }
            assertThat(factor.recordFailure(now, 5, Duration.ofMinutes(15), Duration.ofHours(24))).isTrue();
            assertThat(factor.getLockedUntil()).isEqualTo(now.plus(lock));
            now = factor.getLockedUntil();
        }
        for (int lock = 0; lock < 8; lock++) {
            for (int i = 0; i < 5; i++) {
                factor.recordFailure(now, 5, Duration.ofMinutes(15), Duration.ofHours(24));
            }
        }
        assertThat(factor.getLockedUntil()).isEqualTo(now.plus(Duration.ofHours(24)));
        factor.recordSuccess(1L, now);
        assertThat(factor.isLocked(now)).isFalse();
    }
}
