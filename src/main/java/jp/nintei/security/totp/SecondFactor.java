package jp.nintei.security.totp;

import jp.nintei.security.crypto.AesGcmSealer;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The TOTP second factor of one account in one realm, with the state that must hold across
 * nodes: the last time step accepted (a code is accepted once) and the attempt counter and lock.
 */
@Entity
class SecondFactor {

    enum Status {
        /** Secret shown to the user, not yet confirmed by a first valid code. */
        ENROLLING,
        ACTIVE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String realm;
    private String accountId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String secretSealed;
    private String keyId;
    private Instant createdAt;
    private Instant confirmedAt;
    private Long lastUsedStep;
    private Instant lastUsedAt;
    private int failedAttempts;
    private int consecutiveLocks;
    private Instant lockedUntil;

    protected SecondFactor() {
    }

    SecondFactor(String realm, String accountId, AesGcmSealer.Sealed secret, Instant now) {
        this.realm = realm;
        this.accountId = accountId;
        this.status = Status.ENROLLING;
        this.createdAt = now;
        reseal(secret);
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** A code is new only if its step is later than the last one accepted (RFC 6238 §5.2). */
    boolean isUnused(long step) {
        return lastUsedStep == null || step > lastUsedStep;
    }

    /**
     * Counts a wrong, replayed or malformed code. The limit-th in a row locks the factor; each
     * further lock lasts twice as long as the one before, so guessing stays slow for good.
     *
     * @return whether this attempt locked it
     */
    boolean recordFailure(Instant now, int maxAttempts, Duration lockout, Duration maxLockout) {
        failedAttempts++;
        if (failedAttempts < maxAttempts) {
            return false;
        }
        Duration duration = lockout.multipliedBy(1L << Math.min(consecutiveLocks, 20));
        lockedUntil = now.plus(duration.compareTo(maxLockout) > 0 ? maxLockout : duration);
        failedAttempts = 0;
        consecutiveLocks++;
        return true;
    }

    void recordSuccess(Long step, Instant now) {
        if (step != null) {
            lastUsedStep = step;
        }
        lastUsedAt = now;
        failedAttempts = 0;
        consecutiveLocks = 0;
        lockedUntil = null;
    }

    void activate(long step, Instant now) {
        status = Status.ACTIVE;
        confirmedAt = now;
        recordSuccess(step, now);
    }

    void unlock() {
        failedAttempts = 0;
        consecutiveLocks = 0;
        lockedUntil = null;
    }

    void reseal(AesGcmSealer.Sealed secret) {
        this.secretSealed = secret.value();
        this.keyId = secret.keyId();
    }

    AesGcmSealer.Sealed sealedSecret() {
        return new AesGcmSealer.Sealed(keyId, secretSealed);
    }

    /** Binds the sealed secret to this account. */
    String associatedData() {
        return realm + ":" + accountId;
    }

    int attemptsLeft(int maxAttempts) {
        return Math.max(0, maxAttempts - failedAttempts);
    }

    Long getId() {
        return id;
    }

    String getRealm() {
        return realm;
    }

    String getAccountId() {
        return accountId;
    }

    Status getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getConfirmedAt() {
        return confirmedAt;
    }

    Long getLastUsedStep() {
        return lastUsedStep;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    int getFailedAttempts() {
        return failedAttempts;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }
}
