package jp.nintei.opinion;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.CertificationApplication;
import jp.nintei.audit.AuditAction;
import jp.nintei.audit.AuditLog;
import jp.nintei.document.IssuedDocument;
import jp.nintei.document.IssuedDocuments;
import jp.nintei.web.NotFoundException;
import jp.nintei.web.StateConflictException;

/**
 * Staff's view of a case's opinion round trip: requests, reminders, links, letters to print,
 * every submitted version in full. Staff reissue a lost or expired link here. (/staff/** is
 * for staff, supervisors and administrators: SecurityConfig.)
 */
@Controller
@RequestMapping("/staff/cases/{caseId}/opinion")
class OpinionPageController {

    private final ApplicationService applications;
    private final OpinionRequests requests;
    private final OpinionService opinions;
    private final OpinionLinks links;
    private final IssuedDocuments documents;
    private final AuditLog audit;

    OpinionPageController(ApplicationService applications, OpinionRequests requests, OpinionService opinions,
            OpinionLinks links, IssuedDocuments documents, AuditLog audit) {
        this.applications = applications;
        this.requests = requests;
        this.opinions = opinions;
        this.links = links;
        this.documents = documents;
        this.audit = audit;
    }

    record RequestRow(OpinionRequest request, List<OpinionReminder> reminders, List<OpinionLink> links) {
    }

    @GetMapping
    @Transactional
    String show(@PathVariable String caseId, Model model) {
        CertificationApplication application = applications.get(caseId);
        audit.read(caseId, application.getInsuredPerson().getInsuredNumber(), "主治医意見書", "意見書の依頼状況・内容の表示");
        List<OpinionLink> all = links.ofCase(caseId);
        model.addAttribute("certification", application);
        model.addAttribute("person", application.getInsuredPerson());
        model.addAttribute("rows", requests.ofCase(caseId).stream().map(r -> new RequestRow(r, requests.remindersOf(r),
                all.stream().filter(l -> l.getRequest().getId().equals(r.getId())).toList())).toList());
        model.addAttribute("awaiting", requests.awaiting(caseId).isPresent());
        model.addAttribute("versions", opinions.versions(caseId));
        model.addAttribute("documents", documents.ofCase(caseId).stream()
                .filter(d -> OpinionDocumentKinds.LETTERS.contains(d.getKind()) || OpinionDocumentKinds.OPINION.equals(d.getKind()))
                .toList());
        return "opinion/staff-opinion";
    }

    /** A letter or opinion copy of this case, to print or file; the download is audited. */
    @GetMapping("/documents/{documentId}")
    @Transactional
    ResponseEntity<byte[]> document(@PathVariable String caseId, @PathVariable long documentId) {
        IssuedDocument document = documents.get(documentId)
                .filter(d -> caseId.equals(d.getCaseId()))
                .filter(d -> OpinionDocumentKinds.LETTERS.contains(d.getKind()) || OpinionDocumentKinds.OPINION.equals(d.getKind()))
                .orElseThrow(() -> new NotFoundException("この案件の書類 " + documentId + " は見つかりません"));
        audit.record(AuditAction.DOWNLOAD, caseId, applications.get(caseId).getInsuredPerson().getInsuredNumber(),
                document.getTitle(), "意見書関係書類の表示・印刷", "document " + documentId + " v" + document.getVersion());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.getMediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(document.getFileName()).build().toString())
                .body(document.getContent());
    }

    @PostMapping("/link")
    String reissue(@PathVariable String caseId, RedirectAttributes redirect) {
        try {
            requests.reissueLink(caseId);
            redirect.addFlashAttribute("message", "回答用URLを再発行しました。以前のURLは使えなくなりました。");
        } catch (StateConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/staff/cases/" + caseId + "/opinion";
    }
}
