package jp.nintei.notification;

import java.time.Instant;

import org.hibernate.annotations.DynamicUpdate;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A notice as drafted for approval: the PDF staff look at, the model it was rendered from, and
 * where its approval stands. What it prints never changes (PostgreSQL enforces it); a correction
 * is the next revision. Once approved, the issuing step turns it into an IssuedDocument.
 */
@Entity
@DynamicUpdate
public class NoticeDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private NoticeKind kind;

    @Column(updatable = false)
    private String docKey;

    @Column(updatable = false)
    private String caseId;

    @Column(updatable = false)
    private String insuredNumber;

    @Column(updatable = false)
    private Long insurerId;

    @Column(updatable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    private NoticeStatus status;

    @Column(updatable = false)
    private String documentNumber;

    @Column(updatable = false)
    private String title;

    @Column(updatable = false)
    private String addresseeName;

    @Column(updatable = false)
    private String addresseePostalCode;

    @Column(updatable = false)
    private String addresseeAddress;

    @Column(updatable = false)
    private String remark;

    @Column(updatable = false)
    private String modelJson;

    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "bytea", updatable = false)
    private byte[] content;

    @Column(updatable = false)
    private String sha256;

    @Column(updatable = false)
    private Instant preparedAt;

    @Column(updatable = false)
    private String preparedBy;

    private Instant reviewedAt;
    private String reviewedBy;
    private String reviewComment;
    private Long issuedDocumentId;

    protected NoticeDraft() {
    }

    NoticeDraft(NoticeKind kind, String docKey, String caseId, String insuredNumber, Long insurerId, int revision,
            String documentNumber,
            String title, Addressee addressee, String remark, String modelJson, byte[] content, String sha256,
            Instant preparedAt, String preparedBy) {
        this.kind = kind;
        this.docKey = docKey;
        this.caseId = caseId;
        this.insuredNumber = insuredNumber;
        this.insurerId = insurerId;
        this.revision = revision;
        this.status = NoticeStatus.PENDING;
        this.documentNumber = documentNumber;
        this.title = title;
        this.addresseeName = addressee.name();
        this.addresseePostalCode = addressee.postalCode();
        this.addresseeAddress = addressee.address();
        this.remark = remark;
        this.modelJson = modelJson;
        this.content = content.clone();
        this.sha256 = sha256;
        this.preparedAt = preparedAt;
        this.preparedBy = preparedBy;
    }

    void approve(String by, Instant at) {
        this.status = NoticeStatus.APPROVED;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    void sendBack(String by, Instant at, String comment) {
        this.status = NoticeStatus.SENT_BACK;
        this.reviewedBy = by;
        this.reviewedAt = at;
        this.reviewComment = comment;
    }

    void markIssued(Long documentId) {
        this.status = NoticeStatus.ISSUED;
        this.issuedDocumentId = documentId;
    }

    public Addressee addressee() {
        return new Addressee(addresseeName, addresseePostalCode, addresseeAddress);
    }

    public Long getId() {
        return id;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getDocKey() {
        return docKey;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getInsuredNumber() {
        return insuredNumber;
    }

    public Long getInsurerId() {
        return insurerId;
    }

    public int getRevision() {
        return revision;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getRemark() {
        return remark;
    }

    String getModelJson() {
        return modelJson;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getPreparedAt() {
        return preparedAt;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public Long getIssuedDocumentId() {
        return issuedDocumentId;
    }
}
