package jp.nintei.document;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A document as it was issued: bytes, SHA-256 and who issued it. Never changed; a corrected
 * document is the next version under the same kind and key.
 */
@Entity
@Immutable
public class IssuedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String caseId;
    private String kind;
    private String docKey;
    private int version;
    private String title;
    private String fileName;
    private String mediaType;
    private int sizeBytes;
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "bytea")
    private byte[] content;

    private Instant issuedAt;
    private String issuedBy;

    protected IssuedDocument() {
    }

    IssuedDocument(DocumentDraft draft, int version, String sha256, Instant issuedAt, String issuedBy) {
        this.caseId = draft.caseId();
        this.kind = draft.kind();
        this.docKey = draft.key();
        this.version = version;
        this.title = draft.title();
        this.fileName = draft.fileName();
        this.mediaType = draft.mediaType();
        this.content = draft.content();
        this.sizeBytes = draft.content().length;
        this.sha256 = sha256;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    public Long getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getKind() {
        return kind;
    }

    public String getDocKey() {
        return docKey;
    }

    public int getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }
}
