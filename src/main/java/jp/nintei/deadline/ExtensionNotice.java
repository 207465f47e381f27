package jp.nintei.deadline;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** 延期通知 (介護保険法27条11項ただし書): why the decision is late and when it is expected. */
@Entity
public class ExtensionNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String caseId;
    private int seq;

    @Enumerated(EnumType.STRING)
    private ExtensionReason reason;

    private LocalDate expectedDecisionDate;
    private Instant preparedAt;
    private Instant sentAt;
    private String sentBy;

    protected ExtensionNotice() {
    }

    ExtensionNotice(String caseId, int seq, ExtensionReason reason, LocalDate expectedDecisionDate, Instant preparedAt) {
        this.caseId = caseId;
        this.seq = seq;
        this.reason = reason;
        this.expectedDecisionDate = expectedDecisionDate;
        this.preparedAt = preparedAt;
    }

    void markSent(String by, Instant at) {
        this.sentBy = by;
        this.sentAt = at;
    }

    void reviseExpectedDate(LocalDate expectedDecisionDate) {
        this.expectedDecisionDate = expectedDecisionDate;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }

    public int getSeq() {
        return seq;
    }

    public ExtensionReason getReason() {
        return reason;
    }

    public LocalDate getExpectedDecisionDate() {
        return expectedDecisionDate;
    }

    public Instant getPreparedAt() {
        return preparedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }
}
