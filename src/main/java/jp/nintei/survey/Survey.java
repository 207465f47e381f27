package jp.nintei.survey;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** 認定調査 of a case: who was asked to survey, and when and where the visit took place. */
@Entity
public class Survey {

    @Id
    private String caseId;

    private String surveyorId;
    private Instant requestedAt;
    private String requestedBy;
    private LocalDate surveyDate;
    private String place;
    private Instant recordedAt;

    protected Survey() {
    }

    Survey(String caseId, String surveyorId, Instant requestedAt, String requestedBy) {
        this.caseId = caseId;
        this.surveyorId = surveyorId;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
    }

    void reassign(String surveyorId, Instant at, String by) {
        this.surveyorId = surveyorId;
        this.requestedAt = at;
        this.requestedBy = by;
    }

    void record(LocalDate surveyDate, String place, Instant at) {
        this.surveyDate = surveyDate;
        this.place = place;
        this.recordedAt = at;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getSurveyorId() {
        return surveyorId;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDate getSurveyDate() {
        return surveyDate;
    }

    public String getPlace() {
        return place;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
