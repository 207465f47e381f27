package jp.nintei.audit;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;

/** The auditor's page: filter the audit log, page through it, export it as CSV. Only the AUDITOR role. */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AuditPageController {

    private final AuditTrail trail;
    private final BusinessClock clock;

    AuditPageController(AuditTrail trail, BusinessClock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) String caseId, @RequestParam(required = false) String insuredNumber,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String document,
            @RequestParam(required = false) String action, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("documents", trail.documents());
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("actionLabels", AuditActions.labels());
        model.addAttribute("filter", new Params(caseId, insuredNumber, actor, from, to, document, action));
        try {
            model.addAttribute("result", trail.search(AuditFilter.read(caseId, insuredNumber, actor, from, to, document,
                    action), page));
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "audit/events";
    }

    @GetMapping("/audit/export.csv")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String caseId,
            @RequestParam(required = false) String insuredNumber, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String document, @RequestParam(required = false) String action) {
        var export = trail.startExport(AuditFilter.read(caseId, insuredNumber, actor, from, to, document, action));
        return AuditController.csv(trail, export, "audit-log-" + clock.today() + ".csv");
    }

    /** The submitted filter as typed, to refill the form. */
    record Params(String caseId, String insuredNumber, String actor, String from, String to, String document,
            String action) {
    }
}
