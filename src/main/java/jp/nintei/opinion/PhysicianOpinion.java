package jp.nintei.opinion;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jp.nintei.opinion.OpinionChoices.FeeCategory;
import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;

/**
 * 主治医意見書 of a case as submitted: one row per version (a correction after a send-back is the
 * next version). The content is fixed once submitted (PostgreSQL enforces it); only the staff
 * check is recorded later. The values other stages read are columns; the full form is JSON.
 */
@Entity
public class PhysicianOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String caseId;
    private int version;
    private Long requestId;

    @Enumerated(EnumType.STRING)
    private OpinionSource source;

    @Enumerated(EnumType.STRING)
    private OpinionStatus status;

    private String submissionKey;
    private String physicianName;
    private String institutionName;
    private LocalDate writtenDate;
    private LocalDate receivedDate;

    @Enumerated(EnumType.STRING)
    private BedriddenLevel bedriddenLevel;

    @Enumerated(EnumType.STRING)
    private DementiaLevel dementiaLevel;

    /** The physician agrees that the opinion may be shown to care planners (意見書の提供への同意). */
    private boolean consentToShare;

    @Enumerated(EnumType.STRING)
    private FeeCategory feeCategory;

    private String content;
    private Long documentId;
    private Instant recordedAt;
    private String recordedBy;
    private Instant checkedAt;
    private String checkedBy;
    private String sendBackReason;

    protected PhysicianOpinion() {
    }

    PhysicianOpinion(String caseId, int version, Long requestId, OpinionSource source, String submissionKey,
            String physicianName, String institutionName, OpinionContent content, String json, Instant recordedAt,
            LocalDate receivedDate, String recordedBy) {
        this.caseId = caseId;
        this.version = version;
        this.requestId = requestId;
        this.source = source;
        this.status = OpinionStatus.SUBMITTED;
        this.submissionKey = submissionKey;
        this.physicianName = physicianName;
        this.institutionName = institutionName;
        this.writtenDate = content.getWrittenDate();
        this.receivedDate = receivedDate;
        this.bedriddenLevel = content.getBedriddenLevel();
        this.dementiaLevel = content.getDementiaLevel();
        this.consentToShare = content.getConsent() == OpinionChoices.Consent.AGREE;
        this.feeCategory = content.getFeeCategory();
        this.content = json;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    void attachDocument(long documentId) {
        this.documentId = documentId;
    }

    void accept(Instant at, String by) {
        this.status = OpinionStatus.ACCEPTED;
        this.checkedAt = at;
        this.checkedBy = by;
    }

    void sendBack(String reason, Instant at, String by) {
        this.status = OpinionStatus.SENT_BACK;
        this.sendBackReason = reason;
        this.checkedAt = at;
        this.checkedBy = by;
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

    public Long getRequestId() {
        return requestId;
    }

    public OpinionSource getSource() {
        return source;
    }

    public OpinionStatus getStatus() {
        return status;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public String getPhysicianName() {
        return physicianName;
    }

    public String getInstitutionName() {
        return institutionName;
    }

    public LocalDate getWrittenDate() {
        return writtenDate;
    }

    /** The day the opinion reached the municipality. */
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

    public FeeCategory getFeeCategory() {
        return feeCategory;
    }

    /** The full form as JSON; read it through OpinionService.opinionOf or OpinionView. */
    String getContent() {
        return content;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public String getSendBackReason() {
        return sendBackReason;
    }
}
