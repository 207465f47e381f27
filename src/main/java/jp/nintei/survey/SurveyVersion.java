package jp.nintei.survey;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One submitted version of a case's survey; never changed once written. */
@Entity
public class SurveyVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String caseId;
    private int version;
    private Long insuredPersonId;
    private LocalDateTime surveyedAt;
    private String surveyorId;
    private String surveyorName;
    private String officeNumber;
    private String officeName;
    private String answers;
    private String confirmedWarnings;
    private Instant submittedAt;
    private String submittedBy;
    private String correctionReason;

    protected SurveyVersion() {
    }

    SurveyVersion(String caseId, int version, Long insuredPersonId, LocalDateTime surveyedAt, String surveyorId,
            String surveyorName, String officeNumber, String officeName, String answers, String confirmedWarnings,
            Instant submittedAt, String submittedBy, String correctionReason) {
        this.caseId = caseId;
        this.version = version;
        this.insuredPersonId = insuredPersonId;
        this.surveyedAt = surveyedAt;
        this.surveyorId = surveyorId;
        this.surveyorName = surveyorName;
        this.officeNumber = officeNumber;
        this.officeName = officeName;
        this.answers = answers;
        this.confirmedWarnings = confirmedWarnings;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.correctionReason = correctionReason;
    }

    public Long getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }

    public int getVersion() {
        return version;
    }

    public Long getInsuredPersonId() {
        return insuredPersonId;
    }

    public LocalDateTime getSurveyedAt() {
        return surveyedAt;
    }

    public String getSurveyorId() {
        return surveyorId;
    }

    public String getSurveyorName() {
        return surveyorName;
    }

    public String getOfficeNumber() {
        return officeNumber;
    }

    public String getOfficeName() {
        return officeName;
    }

    public String getAnswers() {
        return answers;
    }

    public String getConfirmedWarnings() {
        return confirmedWarnings;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }
}
