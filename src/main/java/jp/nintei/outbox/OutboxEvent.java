package jp.nintei.outbox;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One message to deliver after the transaction that wrote it has committed. */
@Entity
public class OutboxEvent {

    public enum Status {
        PENDING, DELIVERED, DEAD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String topic;
    private String idempotencyKey;
    private String caseId;
    private String payload;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;
    private Instant nextAttemptAt;
    private Instant lockedUntil;
    private String lockedBy;
    private String lastError;
    private Instant createdAt;
    private Instant deliveredAt;

    protected OutboxEvent() {
    }

    OutboxEvent(String topic, String idempotencyKey, String caseId, String payload, Instant now) {
        this.topic = topic;
        this.idempotencyKey = idempotencyKey;
        this.caseId = caseId;
        this.payload = payload;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void delivered(Instant at) {
        attempts++;
        status = Status.DELIVERED;
        deliveredAt = at;
        lastError = null;
        release();
    }

    /** A failed attempt: try again after the backoff, or give up into the dead letters. */
    void failed(String error, Instant retryAt, boolean giveUp) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
        if (giveUp) {
            status = Status.DEAD;
        } else {
            nextAttemptAt = retryAt;
        }
        release();
    }

    /** An operator sends a dead letter again: it starts over with a fresh attempt count. */
    void replay(Instant now) {
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        release();
    }

    private void release() {
        lockedUntil = null;
        lockedBy = null;
    }

    public Long getId() {
        return id;
    }

    public String getTopic() {
        return topic;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getPayload() {
        return payload;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }
}
