package jp.nintei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class VerifiedSecretsTest {

    Instant now = Instant.parse("2026-12-01T09:00:00Z");
    final VerifiedSecrets verified = new VerifiedSecrets(new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void onlyTheSameSecretAgainstTheSameStoredHashWithinTheTtlCounts() {
        assertThat(verified.isVerified("bridge", "hash-1", "secret")).as("nothing remembered yet").isFalse();
        verified.remember("bridge", "hash-1", "secret");

        assertThat(verified.isVerified("bridge", "hash-1", "secret")).isTrue();
        assertThat(verified.isVerified("bridge", "hash-1", "secreT")).as("another secret").isFalse();
        assertThat(verified.isVerified("other", "hash-1", "secret")).as("another client").isFalse();
        assertThat(verified.isVerified("bridge", "hash-1", "secret")).isTrue();
        assertThat(verified.isVerified("bridge", "hash-2", "secret")).as("the secret was changed").isFalse();
        assertThat(verified.isVerified("bridge", "hash-1", "secret")).as("and the entry is gone").isFalse();
    }

    @Test
    void anEntryExpires() {
        verified.remember("bridge", "hash-1", "secret");
        now = now.plus(VerifiedSecrets.TTL).minusSeconds(1);
        assertThat(verified.isVerified("bridge", "hash-1", "secret")).isTrue();
        now = now.plusSeconds(1);
        assertThat(verified.isVerified("bridge", "hash-1", "secret")).isFalse();
    }

    @Test
    void aClientWithoutStoredHashIsNeverRemembered() {
        verified.remember("ldap", null, "secret");
        assertThat(verified.isVerified("ldap", null, "secret")).isFalse();
    }
}
