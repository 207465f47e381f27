package jp.nintei.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Delivery settings. The n-th failed attempt waits {@code initialBackoff × 2^(n-1)}, at most
 * {@code maxBackoff}; after {@code maxAttempts} failures the event becomes a dead letter.
 */
@ConfigurationProperties("nintei.outbox")
public record OutboxProperties(Boolean dispatcherEnabled, Duration pollInterval, Integer batchSize,
        Duration lockDuration, Integer maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public OutboxProperties {
        dispatcherEnabled = dispatcherEnabled == null || dispatcherEnabled;
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        batchSize = batchSize == null ? 50 : batchSize;
        lockDuration = lockDuration == null ? Duration.ofMinutes(2) : lockDuration;
        maxAttempts = maxAttempts == null ? 10 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofSeconds(30) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofHours(6) : maxBackoff;
    }

    /** How long to wait after the given number of failed attempts (1, 2, …). */
    Duration backoffAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration wait = initialBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
