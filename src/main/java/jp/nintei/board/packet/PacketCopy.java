package jp.nintei.board.packet;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.nintei.board.packet.PacketView.Edition;
import jp.nintei.document.IssuedDocument;

/**
 * One issued copy of a session's packet at one revision: the secretariat edition, or a member's
 * watermarked copy. The file and its SHA-256 are in the issued-document register.
 */
@Entity
@Table(name = "board_packet")
public class PacketCopy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sessionId;
    private int revision;
    private String copyKey;

    @Enumerated(EnumType.STRING)
    private Edition edition;

    private Long memberId;
    private Long documentId;
    private String sha256;
    private int caseCount;
    private String caseIds;
    private Instant issuedAt;

    protected PacketCopy() {
    }

    PacketCopy(Long sessionId, int revision, Edition edition, Long memberId, IssuedDocument document,
            List<String> caseIds, Instant issuedAt) {
        this.sessionId = sessionId;
        this.revision = revision;
        this.edition = edition;
        this.memberId = memberId;
        this.copyKey = copyKey(edition, memberId);
        this.documentId = document.getId();
        this.sha256 = document.getSha256();
        this.caseCount = caseIds.size();
        this.caseIds = String.join(",", caseIds);
        this.issuedAt = issuedAt;
    }

    static String copyKey(Edition edition, Long memberId) {
        return edition == Edition.SECRETARIAT ? "secretariat" : "member-" + memberId;
    }

    public Long getId() {
        return id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public int getRevision() {
        return revision;
    }

    public Edition getEdition() {
        return edition;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getSha256() {
        return sha256;
    }

    public int getCaseCount() {
        return caseCount;
    }

    public List<String> getCaseIds() {
        return caseIds.isEmpty() ? List.of() : List.of(caseIds.split(","));
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
