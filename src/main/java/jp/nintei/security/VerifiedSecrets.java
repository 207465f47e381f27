package jp.nintei.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that an API client's secret was verified against its stored
 * hash. PBKDF2 is deliberately slow (hundreds of milliseconds), which protects people's
 * passwords but would cap a machine client that sends HTTP Basic on every request. An entry
 * holds an HMAC of the secret under a key that exists only in this process's memory, and the
 * stored hash it was checked against: a new secret (a new stored hash) invalidates it at once.
 */
final class VerifiedSecrets {

    static final Duration TTL = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 1_000;

    private record Entry(String storedHash, byte[] mac, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    private final Clock clock;

    VerifiedSecrets(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    boolean isVerified(String clientId, String storedHash, String secret) {
        Entry entry = entries.get(clientId);
        if (entry == null || storedHash == null) {
            return false;
        }
        if (!clock.instant().isBefore(entry.expires()) || !entry.storedHash().equals(storedHash)) {
            entries.remove(clientId, entry);
            return false;
        }
        return MessageDigest.isEqual(entry.mac(), mac(clientId, secret));
    }

    void remember(String clientId, String storedHash, String secret) {
        if (storedHash == null) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear(); // a bound, not an eviction policy: there are a handful of API clients
        }
        entries.put(clientId, new Entry(storedHash, mac(clientId, secret), clock.instant().plus(TTL)));
    }

    private byte[] mac(String clientId, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(clientId.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
