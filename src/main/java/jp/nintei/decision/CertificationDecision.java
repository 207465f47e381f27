package jp.nintei.decision;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jp.nintei.carelevel.CareLevel;

/** 認定結果: the level and validity period decided for a case. */
@Entity
public class CertificationDecision {

    @Id
    private String caseId;

    @Enumerated(EnumType.STRING)
    private CareLevel careLevel;

    /** The primary result the board started from; null for decisions recorded before it was kept. */
    @Enumerated(EnumType.STRING)
    private CareLevel primaryCareLevel;

    private LocalDate validFrom;
    private LocalDate validTo;
    private Integer validityMonths;
    private String nonApplicableReason;
    private String boardOpinion;
    private LocalDate decisionDate;
    private Long certificateId;
    private Instant decidedAt;
    private Instant notifiedAt;
    private String notifiedBy;

    protected CertificationDecision() {
    }

    CertificationDecision(String caseId, CareLevel careLevel, CareLevel primaryCareLevel, ValidityPeriod period,
            Integer validityMonths, String nonApplicableReason, String boardOpinion, LocalDate decisionDate,
            Long certificateId, Instant decidedAt) {
        this.caseId = caseId;
        this.careLevel = careLevel;
        this.primaryCareLevel = primaryCareLevel;
        this.validFrom = period == null ? null : period.from();
        this.validTo = period == null ? null : period.to();
        this.validityMonths = validityMonths;
        this.nonApplicableReason = nonApplicableReason;
        this.boardOpinion = boardOpinion;
        this.decisionDate = decisionDate;
        this.certificateId = certificateId;
        this.decidedAt = decidedAt;
    }

    void markNotified(String by, Instant at) {
        this.notifiedBy = by;
        this.notifiedAt = at;
    }

    public boolean isCertified() {
        return careLevel.isCertified();
    }

    public boolean isNotified() {
        return notifiedAt != null;
    }

    /** Whether the board's level differs from the primary result; null when the primary is unknown. */
    public Boolean changedFromPrimary() {
        return primaryCareLevel == null ? null : primaryCareLevel != careLevel;
    }

    public String getCaseId() {
        return caseId;
    }

    public CareLevel getCareLevel() {
        return careLevel;
    }

    public CareLevel getPrimaryCareLevel() {
        return primaryCareLevel;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public ValidityPeriod getValidity() {
        return validFrom == null ? null : new ValidityPeriod(validFrom, validTo);
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public String getNonApplicableReason() {
        return nonApplicableReason;
    }

    public String getBoardOpinion() {
        return boardOpinion;
    }

    /** 認定日; null only for decisions recorded before the date was kept (use decidedAt then). */
    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    /** The certification this decision put on the 被保険者証; null for 非該当. */
    public Long getCertificateId() {
        return certificateId;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }

    public String getNotifiedBy() {
        return notifiedBy;
    }
}
