package jp.nintei.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;

/**
 * The register of issued documents, the one place that stores and hashes them. Reading the
 * content of a document is a read of personal data: callers audit it (AuditLog) with the purpose.
 */
@Service
public class IssuedDocuments {

    private final IssuedDocumentRepository documents;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    IssuedDocuments(IssuedDocumentRepository documents, CurrentUser currentUser, BusinessClock clock) {
        this.documents = documents;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Stores the draft as the next version of its kind and key. Two concurrent issues of the
     * same key collide on the unique (kind, key, version) constraint; the loser's transaction
     * fails and is retried by its caller (a job, or the user).
     */
    @Transactional
    public IssuedDocument issue(DocumentDraft draft) {
        int version = documents.maxVersion(draft.kind(), draft.key()) + 1;
        return documents.save(new IssuedDocument(draft, version, sha256(draft.content()), clock.now(), currentUser.id()));
    }

    /**
     * Issues the draft unless the latest version already has the same content: a retried job or
     * a repeated click does not create a new version of an unchanged document.
     */
    @Transactional
    public IssuedDocument issueIfChanged(DocumentDraft draft) {
        return latest(draft.kind(), draft.key())
                .filter(existing -> existing.getSha256().equals(sha256(draft.content())))
                .orElseGet(() -> issue(draft));
    }

    @Transactional(readOnly = true)
    public Optional<IssuedDocument> latest(String kind, String key) {
        return documents.findFirstByKindAndDocKeyOrderByVersionDesc(kind, key);
    }

    @Transactional(readOnly = true)
    public Optional<IssuedDocument> get(long id) {
        return documents.findById(id);
    }

    @Transactional(readOnly = true)
    public List<IssuedDocument> versions(String kind, String key) {
        return documents.findByKindAndDocKeyOrderByVersionAsc(kind, key);
    }

    @Transactional(readOnly = true)
    public List<IssuedDocument> ofCase(String caseId) {
        return documents.findByCaseIdOrderByIssuedAtAscIdAsc(caseId);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
