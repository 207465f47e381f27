package jp.nintei.survey;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.CertificationApplication;
import jp.nintei.audit.AuditLog;
import jp.nintei.office.OfficeRegistry;
import jp.nintei.security.StaffDirectory;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.StateConflictException;

/**
 * A case's survey: the assignment, the submitted versions with who corrected what and why, the
 * current answers with marks against the previous survey; staff start corrections here.
 */
@Controller
@RequestMapping("/survey/cases/{caseId}")
class SurveyRecordController {

    private final SurveyService surveys;
    private final SurveyEntryService entry;
    private final SurveyAssignments assignments;
    private final SurveyCatalog catalog;
    private final SurveyAccess access;
    private final ApplicationService applications;
    private final OfficeRegistry offices;
    private final StaffDirectory staff;
    private final AuditLog audit;

    SurveyRecordController(SurveyService surveys, SurveyEntryService entry, SurveyAssignments assignments,
            SurveyCatalog catalog, SurveyAccess access, ApplicationService applications, OfficeRegistry offices,
            StaffDirectory staff, AuditLog audit) {
        this.surveys = surveys;
        this.entry = entry;
        this.assignments = assignments;
        this.catalog = catalog;
        this.access = access;
        this.applications = applications;
        this.offices = offices;
        this.staff = staff;
        this.audit = audit;
    }

    @GetMapping
    @Transactional
    String show(@PathVariable String caseId, @RequestParam(required = false) Integer version, Model model) {
        access.requireView(caseId);
        CertificationApplication application = applications.get(caseId);
        audit.read(caseId, application.getInsuredPerson().getInsuredNumber(), "認定調査票", "認定調査票の閲覧");
        var shown = version == null ? surveys.current(caseId) : surveys.version(caseId, version);
        var previous = surveys.previousOf(caseId);
        var assignment = surveys.assignment(caseId);
        model.addAttribute("caseId", caseId);
        model.addAttribute("certification", application);
        model.addAttribute("person", application.getInsuredPerson());
        model.addAttribute("assignment", assignment.orElse(null));
        model.addAttribute("assignee", assignment.map(a -> a.getSurveyorId() == null ? null : staff.displayName(a.getSurveyorId())).orElse(null));
        model.addAttribute("office", assignment.flatMap(a -> offices.find(a.getOfficeNumber())).orElse(null));
        model.addAttribute("versions", surveys.versions(caseId));
        model.addAttribute("shown", shown.orElse(null));
        model.addAttribute("previous", previous.orElse(null));
        model.addAttribute("catalog", catalog);
        model.addAttribute("changed", shown.map(s -> previous.map(p -> java.util.Set.copyOf(s.answers().changedSince(p.answers(), catalog)))
                .orElse(java.util.Set.<String>of())).orElse(java.util.Set.of()));
        model.addAttribute("draft", entry.draft(caseId).orElse(null));
        model.addAttribute("entryOpen", entry.entryTask(caseId).isPresent());
        model.addAttribute("staff", access.isStaff());
        return "survey/show";
    }

    @PostMapping("/correction")
    String startCorrection(@PathVariable String caseId, RedirectAttributes redirect) {
        access.requireStaff();
        try {
            entry.startCorrection(caseId);
            return "redirect:/survey/cases/" + caseId + "/entry/overview";
        } catch (StateConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/survey/cases/" + caseId;
        }
    }

    @PostMapping("/correction/discard")
    String discardCorrection(@PathVariable String caseId, RedirectAttributes redirect) {
        access.requireStaff();
        entry.discardCorrection(caseId);
        redirect.addFlashAttribute("message", "修正を取りやめました");
        return "redirect:/survey/cases/" + caseId;
    }

    @PostMapping("/reassignment")
    String reassign(@PathVariable String caseId, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        access.requireStaff();
        try {
            assignments.requestReassignment(caseId, reason);
            redirect.addFlashAttribute("message", "調査員の割当に戻しました。タスク一覧の「調査員の割当」で新しい調査員を指定してください");
        } catch (InvalidInputException | StateConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/survey/cases/" + caseId;
    }
}
