package jp.nintei.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.ApplicationService;
import jp.nintei.audit.AuditAction;
import jp.nintei.audit.AuditLog;
import jp.nintei.document.IssuedDocument;
import jp.nintei.document.IssuedDocuments;
import jp.nintei.web.NotFoundException;

/**
 * The issued letters of this feature, for staff and other features: listed per case and read
 * with an audit entry. Other documents in IssuedDocuments (board packets…) are not served here.
 */
@Service
public class IssuedNotices {

    private static final Set<String> KINDS = Arrays.stream(NoticeKind.values()).map(Enum::name).collect(Collectors.toSet());

    private final IssuedDocuments documents;
    private final NoticeDraftRepository drafts;
    private final ApplicationService applications;
    private final AuditLog audit;

    IssuedNotices(IssuedDocuments documents, NoticeDraftRepository drafts, ApplicationService applications,
            AuditLog audit) {
        this.documents = documents;
        this.drafts = drafts;
        this.applications = applications;
        this.audit = audit;
    }

    /** The letters issued in a case, oldest first; the listing itself is audited. */
    @Transactional
    public List<NoticeDocumentView> ofCase(String caseId, String purpose) {
        var application = applications.get(caseId);
        audit.read(caseId, application.getInsuredPerson().getInsuredNumber(), "通知書一覧", purpose);
        return documents.ofCase(caseId).stream().filter(d -> KINDS.contains(d.getKind()))
                .map(NoticeDocumentView::of).toList();
    }

    /** One issued letter with its content, for download; audited as a download. */
    @Transactional
    public IssuedDocument download(long documentId, String purpose) {
        IssuedDocument document = documents.get(documentId).filter(d -> KINDS.contains(d.getKind()))
                .orElseThrow(() -> new NotFoundException("通知書 " + documentId + " は見つかりません"));
        // Reminders of migrated certifications have no case: the draft knows whose letter it is.
        String insuredNumber = drafts.findFirstByIssuedDocumentId(documentId).map(NoticeDraft::getInsuredNumber)
                .orElse(null);
        audit.record(AuditAction.DOWNLOAD, document.getCaseId(), insuredNumber,
                NoticeKind.valueOf(document.getKind()).label(), purpose, "第" + document.getVersion() + "版");
        return document;
    }

    public record NoticeDocumentView(long id, String kind, String kindLabel, String title, String docKey, int version,
            String sha256, int sizeBytes, java.time.Instant issuedAt, String issuedBy) {

        static NoticeDocumentView of(IssuedDocument d) {
            return new NoticeDocumentView(d.getId(), d.getKind(), NoticeKind.valueOf(d.getKind()).label(), d.getTitle(),
                    d.getDocKey(), d.getVersion(), d.getSha256(), d.getSizeBytes(), d.getIssuedAt(), d.getIssuedBy());
        }
    }
}
