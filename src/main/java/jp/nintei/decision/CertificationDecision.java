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

    private LocalDate validFrom;
    private LocalDate validTo;
    private Integer validityMonths;
    private String nonApplicableReason;
    private String boardOpinion;
    private Instant decidedAt;
    private Instant notifiedAt;
    private String notifiedBy;

    protected CertificationDecision() {
    }

    CertificationDecision(String caseId, CareLevel careLevel, ValidityPeriod period, Integer validityMonths,
            String nonApplicableReason, String boardOpinion, Instant decidedAt) {
        this.caseId = caseId;
        this.careLevel = careLevel;
        this.validFrom = period == null ? null : period.from();
        this.validTo = period == null ? null : period.to();
        this.validityMonths = validityMonths;
        this.nonApplicableReason = nonApplicableReason;
        this.boardOpinion = boardOpinion;
        this.decidedAt = decidedAt;
    }

    void markNotified(String by, Instant at) {
        this.notifiedBy = by;
        this.notifiedAt = at;
    }

    public String getCaseId() {
        return caseId;
    }

    public CareLevel getCareLevel() {
        return careLevel;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
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
