package jp.nintei.audit;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Who did what to which case's personal data, when, and why. Append-only. */
@Entity
@Immutable
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private String actor;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String caseId;
    private String insuredNumber;
    private String document;
    private String purpose;
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, AuditAction action, String caseId, String insuredNumber,
            String document, String purpose, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.caseId = caseId;
        this.insuredNumber = insuredNumber;
        this.document = document;
        this.purpose = purpose;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getInsuredNumber() {
        return insuredNumber;
    }

    public String getDocument() {
        return document;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getDetail() {
        return detail;
    }
}
