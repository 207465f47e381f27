package jp.nintei.survey;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * The survey being entered or corrected, saved on the server page by page so that nothing is
 * lost between visits. Answers are JSON in the shape of {@link SurveyAnswers}.
 */
@Entity
public class SurveyDraft {

    public enum Kind {
        /** The surveyor's first entry, before the survey is submitted. */
        ENTRY,
        /** A correction of a submitted version; submitting it adds the next version. */
        CORRECTION
    }

    @Id
    private String caseId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private Integer baseVersion;
    private String answers;
    private String confirmedWarnings;
    private String correctionReason;
    private Instant updatedAt;
    private String updatedBy;

    @Version
    private long version;

    protected SurveyDraft() {
    }

    SurveyDraft(String caseId, Kind kind, Integer baseVersion, String answers) {
        this.caseId = caseId;
        this.kind = kind;
        this.baseVersion = baseVersion;
        this.answers = answers;
        this.confirmedWarnings = "";
    }

    void save(String answers, String confirmedWarnings, String correctionReason, Instant at, String by) {
        this.answers = answers;
        this.confirmedWarnings = confirmedWarnings;
        this.correctionReason = correctionReason;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String getCaseId() {
        return caseId;
    }

    public Kind getKind() {
        return kind;
    }

    public Integer getBaseVersion() {
        return baseVersion;
    }

    public String getAnswers() {
        return answers;
    }

    public String getConfirmedWarnings() {
        return confirmedWarnings;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
