package jp.nintei.progress;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One row of a case's append-only history: a status is a history, not a field. */
@Entity
@Immutable
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String caseId;

    @Enumerated(EnumType.STRING)
    private CaseEventType eventType;

    private Instant occurredAt;
    private String actor;
    private String detail;

    protected CaseEvent() {
    }

    CaseEvent(String caseId, CaseEventType eventType, Instant occurredAt, String actor, String detail) {
        this.caseId = caseId;
        this.eventType = eventType;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }

    public CaseEventType getEventType() {
        return eventType;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }
}
