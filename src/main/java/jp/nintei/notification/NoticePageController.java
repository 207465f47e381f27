package jp.nintei.notification;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jp.nintei.application.ApplicationService;
import jp.nintei.document.IssuedDocument;

/**
 * Staff pages of the letters: a case's drafts and issued letters, a draft's PDF (the link on the
 * Tasklist approval form) and an issued letter's PDF. /staff/** is for staff, supervisors and
 * administrators (SecurityConfig); every read is audited.
 */
@Controller
class NoticePageController {

    private final NoticeService notices;
    private final IssuedNotices issued;
    private final ApplicationService applications;

    NoticePageController(NoticeService notices, IssuedNotices issued, ApplicationService applications) {
        this.notices = notices;
        this.issued = issued;
        this.applications = applications;
    }

    @GetMapping("/staff/cases/{caseId}/notices")
    @Transactional
    String list(@PathVariable String caseId, Model model) {
        model.addAttribute("certification", applications.get(caseId));
        model.addAttribute("documents", issued.ofCase(caseId, "通知書一覧の表示"));
        model.addAttribute("drafts", notices.ofCase(caseId));
        return "notification/notices";
    }

    @GetMapping("/staff/notices/drafts/{draftId}/pdf")
    ResponseEntity<byte[]> draft(@PathVariable long draftId) {
        NoticeDraft draft = notices.readForReview(draftId);
        return pdf("下書き_第" + draft.getRevision() + "稿_" + draft.getKind().label() + ".pdf", draft.getContent());
    }

    @GetMapping("/staff/notices/documents/{documentId}/pdf")
    ResponseEntity<byte[]> document(@PathVariable long documentId) {
        IssuedDocument document = issued.download(documentId, "発行済み通知書の閲覧");
        return pdf(document.getFileName(), document.getContent());
    }

    static ResponseEntity<byte[]> pdf(String fileName, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
