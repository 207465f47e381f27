package jp.nintei.application;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.nintei.audit.AuditLog;
import jp.nintei.deadline.ExtensionNoticeService;
import jp.nintei.progress.CaseHistory;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.StateConflictException;

/** Staff pages: the case list and one case with its history; 取下げ is entered here. */
@Controller
@RequestMapping("/staff/cases")
class CasePageController {

    static final int LIST_SIZE = 100;

    private final CertificationApplicationRepository applications;
    private final ApplicationService service;
    private final CaseHistory history;
    private final ExtensionNoticeService notices;
    private final AuditLog audit;

    CasePageController(CertificationApplicationRepository applications, ApplicationService service,
            CaseHistory history, ExtensionNoticeService notices, AuditLog audit) {
        this.applications = applications;
        this.service = service;
        this.history = history;
        this.notices = notices;
        this.audit = audit;
    }

    @GetMapping
    @Transactional
    String list(Model model) {
        var cases = applications.findRecent(PageRequest.of(0, LIST_SIZE));
        audit.read(null, null, "案件一覧", "案件一覧の表示（" + cases.size() + "件）");
        model.addAttribute("cases", cases);
        return "staff/cases";
    }

    @GetMapping("/{caseId}")
    @Transactional
    String show(@PathVariable String caseId, Model model) {
        CertificationApplication application = service.get(caseId);
        audit.read(caseId, application.getInsuredPerson().getInsuredNumber(), "要介護認定申請", "案件詳細の表示");
        model.addAttribute("certification", application);
        model.addAttribute("person", application.getInsuredPerson());
        model.addAttribute("events", history.of(caseId));
        model.addAttribute("notices", notices.of(caseId));
        return "staff/case";
    }

    @PostMapping("/{caseId}/withdrawal")
    String withdraw(@PathVariable String caseId, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            service.requestWithdrawal(caseId, reason);
            redirect.addFlashAttribute("message", "取下げを受け付けました");
        } catch (InvalidInputException | StateConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/staff/cases/" + caseId;
    }
}
