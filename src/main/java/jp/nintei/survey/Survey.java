package jp.nintei.survey;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * 認定調査 of a case: to whom it was assigned (a surveyor, or an office whose surveyors may all
 * take it), by when, and whether it has been submitted. The recorded content is in
 * {@link SurveyVersion}.
 */
@Entity
public class Survey {

    public enum Status {
        REQUESTED, SUBMITTED
    }

    @Id
    private String caseId;

    private String surveyorId;
    private String officeNumber;
    private Instant requestedAt;
    private String requestedBy;
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant submittedAt;

    @Version
    private long version;

    protected Survey() {
    }

    Survey(String caseId) {
        this.caseId = caseId;
        this.status = Status.REQUESTED;
    }

    void assign(String surveyorId, String officeNumber, LocalDate dueDate, Instant at, String by) {
        this.surveyorId = surveyorId;
        this.officeNumber = officeNumber;
        this.dueDate = dueDate;
        this.requestedAt = at;
        this.requestedBy = by;
        this.status = Status.REQUESTED;
    }

    void extendTo(LocalDate newDueDate) {
        this.dueDate = newDueDate;
    }

    void submitted(Instant at) {
        this.status = Status.SUBMITTED;
        this.submittedAt = at;
    }

    public String getCaseId() {
        return caseId;
    }

    /** The named surveyor, or null when the office's surveyors may take it. */
    public String getSurveyorId() {
        return surveyorId;
    }

    public String getOfficeNumber() {
        return officeNumber;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
