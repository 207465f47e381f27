package jp.nintei.opinion;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;

/** 主治医意見書 of a case: who wrote it and when it arrived. */
@Entity
public class PhysicianOpinion {

    @Id
    private String caseId;

    private String physicianName;
    private String institutionName;
    private LocalDate receivedDate;

    @Enumerated(EnumType.STRING)
    private BedriddenLevel bedriddenLevel;

    @Enumerated(EnumType.STRING)
    private DementiaLevel dementiaLevel;

    /** The physician agrees that the opinion may be shown to care planners (意見書の提供への同意). */
    private boolean consentToShare;

    private Instant recordedAt;
    private String recordedBy;

    protected PhysicianOpinion() {
    }

    PhysicianOpinion(String caseId, String physicianName, String institutionName, LocalDate receivedDate,
            BedriddenLevel bedriddenLevel, DementiaLevel dementiaLevel, boolean consentToShare, Instant recordedAt,
            String recordedBy) {
        this.caseId = caseId;
        this.physicianName = physicianName;
        this.institutionName = institutionName;
        this.receivedDate = receivedDate;
        this.bedriddenLevel = bedriddenLevel;
        this.dementiaLevel = dementiaLevel;
        this.consentToShare = consentToShare;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getPhysicianName() {
        return physicianName;
    }

    public String getInstitutionName() {
        return institutionName;
    }

    public LocalDate getReceivedDate() {
        return receivedDate;
    }

    public BedriddenLevel getBedriddenLevel() {
        return bedriddenLevel;
    }

    public DementiaLevel getDementiaLevel() {
        return dementiaLevel;
    }

    public boolean isConsentToShare() {
        return consentToShare;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
