package jp.nintei.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of a case's public status history (the Open Zaak pattern): the state and the dates
 * the resident was told, when, and which checkpoint caused it. The newest row is current;
 * rows are never changed, so "what did we show on 1 May" is a query, not a reconstruction.
 */
@Entity
@Immutable
@Table(name = "case_progress")
public class ProgressStatus {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String caseId;

    @Enumerated(EnumType.STRING)
    private PublicState publicState;

    private LocalDate expectedDate;

    @Enumerated(EnumType.STRING)
    private ExpectedBasis expectedBasis;

    private LocalDate decisionExpectedDate;

    @Enumerated(EnumType.STRING)
    private ExpectedBasis decisionExpectedBasis;

    private Instant recordedAt;
    private String recordedBy;
    private Long causeEventId;

    protected ProgressStatus() {
    }

    ProgressStatus(String caseId, ProgressRules.Snapshot snapshot, CaseEvent cause) {
        this.caseId = caseId;
        this.publicState = snapshot.state();
        this.expectedDate = snapshot.expectedDate();
        this.expectedBasis = snapshot.expectedBasis();
        this.decisionExpectedDate = snapshot.decisionExpectedDate();
        this.decisionExpectedBasis = snapshot.decisionExpectedBasis();
        this.recordedAt = cause.getOccurredAt();
        this.recordedBy = cause.getActor();
        this.causeEventId = cause.getId();
    }

    /** Whether the snapshot says what this row already says (then no new row is written). */
    boolean says(ProgressRules.Snapshot snapshot) {
        return publicState == snapshot.state()
                && Objects.equals(expectedDate, snapshot.expectedDate())
                && expectedBasis == snapshot.expectedBasis()
                && Objects.equals(decisionExpectedDate, snapshot.decisionExpectedDate())
                && decisionExpectedBasis == snapshot.decisionExpectedBasis();
    }

    public Long getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }

    public PublicState getPublicState() {
        return publicState;
    }

    public LocalDate getExpectedDate() {
        return expectedDate;
    }

    public ExpectedBasis getExpectedBasis() {
        return expectedBasis;
    }

    public LocalDate getDecisionExpectedDate() {
        return decisionExpectedDate;
    }

    public ExpectedBasis getDecisionExpectedBasis() {
        return decisionExpectedBasis;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Long getCauseEventId() {
        return causeEventId;
    }
}
