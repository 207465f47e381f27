package jp.nintei.survey;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.CertificationApplication;
import jp.nintei.audit.AuditLog;
import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;
import jp.nintei.survey.SurveyDraft.Kind;
import jp.nintei.survey.SurveyEntryService.Draft;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.NotFoundException;
import jp.nintei.web.StateConflictException;
import jp.nintei.web.Violation;

/**
 * The survey entry pages (reached from the Tasklist task 認定調査票の入力): one page per part of
 * the 認定調査票, each saved to the server draft; the last page checks, asks the surveyor to
 * confirm the warnings and submits.
 */
@Controller
@RequestMapping("/survey/cases/{caseId}/entry")
class SurveyEntryController {

    private final SurveyEntryService entry;
    private final SurveyService surveys;
    private final SurveyAssignments assignments;
    private final SurveyorRegistry surveyors;
    private final SurveyCatalog catalog;
    private final SurveyAccess access;
    private final ApplicationService applications;
    private final AuditLog audit;

    SurveyEntryController(SurveyEntryService entry, SurveyService surveys, SurveyAssignments assignments,
            SurveyorRegistry surveyors, SurveyCatalog catalog, SurveyAccess access, ApplicationService applications,
            AuditLog audit) {
        this.entry = entry;
        this.surveys = surveys;
        this.assignments = assignments;
        this.surveyors = surveyors;
        this.catalog = catalog;
        this.access = access;
        this.applications = applications;
        this.audit = audit;
    }

    @GetMapping("/{slug}")
    @Transactional
    String page(@PathVariable String caseId, @PathVariable String slug, Model model, RedirectAttributes redirect) {
        SurveyPage page = SurveyPage.of(slug).orElseThrow(() -> new NotFoundException("ページ " + slug + " はありません"));
        CertificationApplication application = applications.get(caseId);
        var found = entry.draft(caseId);
        if (found.isEmpty()) {
            access.requireView(caseId);
            redirect.addFlashAttribute("message", "この認定調査は入力を受け付けていません（提出済みまたは調査員の割当中）");
            return "redirect:/survey/cases/" + caseId;
        }
        Draft draft = found.get();
        requireAccess(caseId, draft);
        audit.read(caseId, application.getInsuredPerson().getInsuredNumber(), "認定調査票", "認定調査票の入力");
        SurveyAnswers previous = surveys.previousOf(caseId).map(SurveyView::answers).orElse(null);
        var check = entry.check(caseId, draft.answers());
        var view = new SurveyEntryModel(catalog, draft.answers(), previous, check.errors());
        model.addAttribute("caseId", caseId);
        model.addAttribute("certification", application);
        model.addAttribute("person", application.getInsuredPerson());
        model.addAttribute("page", page);
        model.addAttribute("title", page.title(catalog));
        model.addAttribute("tabs", view.tabs(page));
        model.addAttribute("draft", draft);
        model.addAttribute("answers", draft.answers());
        model.addAttribute("hasPrevious", previous != null);
        model.addAttribute("previous", previous);
        model.addAttribute("changed", view.changed());
        model.addAttribute("next", page.next().map(SurveyPage::slug).orElse(null));
        model.addAttribute("prev", page.previous().map(SurveyPage::slug).orElse(null));
        switch (page) {
            case OVERVIEW -> {
                model.addAttribute("services", view.services());
                var officeSurveyors = surveyors.ofOffice(assignments.entryOffice(caseId));
                model.addAttribute("surveyors", officeSurveyors);
                model.addAttribute("surveyorDefault", defaultSurveyor(caseId, draft.answers(), officeSurveyors));
                model.addAttribute("placeKinds", PlaceKind.values());
                model.addAttribute("pageErrors", check.errors().stream()
                        .filter(e -> SurveyPage.ofField(e.field()) == SurveyPage.OVERVIEW).map(Violation::message).toList());
            }
            case MEDICAL -> {
                model.addAttribute("medical", view.medical());
                model.addAttribute("bedriddenLevels", BedriddenLevel.values());
                model.addAttribute("dementiaLevels", DementiaLevel.values());
                model.addAttribute("bedriddenNote", SurveyCatalog.BEDRIDDEN_NOTE);
                model.addAttribute("dementiaNote", SurveyCatalog.DEMENTIA_NOTE);
                model.addAttribute("pageErrors", check.errors().stream()
                        .filter(e -> SurveyPage.ofField(e.field()) == SurveyPage.MEDICAL).map(Violation::message).toList());
            }
            case CONFIRM -> {
                model.addAttribute("errorLinks", view.errorLinks());
                model.addAttribute("warnings", check.warnings());
                model.addAttribute("changes", view.changesAgainst(previous));
                model.addAttribute("corrections", draft.kind() == Kind.CORRECTION
                        ? view.changesAgainst(surveys.version(caseId, draft.baseVersion()).map(SurveyView::answers).orElse(null))
                        : List.of());
            }
            default -> model.addAttribute("rows", view.items(page.groupId()));
        }
        return "survey/entry";
    }

    @PostMapping("/{slug}")
    String save(@PathVariable String caseId, @PathVariable String slug, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        SurveyPage page = SurveyPage.of(slug).orElseThrow(() -> new NotFoundException("ページ " + slug + " はありません"));
        Draft draft = entry.draft(caseId).orElseThrow(() -> new StateConflictException("この認定調査は入力を受け付けていません"));
        requireAccess(caseId, draft);
        var parsed = SurveyForms.apply(page, draft.answers(), form, catalog);
        Set<String> confirmed = draft.confirmedWarnings();
        String reason = draft.correctionReason();
        if (page == SurveyPage.CONFIRM) {
            confirmed = form.get("confirm") == null ? Set.of() : new HashSet<>(form.get("confirm"));
            reason = form.getFirst("correctionReason");
        }
        try {
            entry.saveDraft(caseId, parsed.answers(), confirmed, reason);
        } catch (InvalidInputException | StateConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/survey/cases/" + caseId + "/entry/" + slug;
        }
        if (!parsed.problems().isEmpty()) {
            redirect.addFlashAttribute("error", String.join(" / ", parsed.problems()));
            return "redirect:/survey/cases/" + caseId + "/entry/" + slug;
        }
        String action = form.getFirst("action");
        if ("submit".equals(action)) {
            return submit(caseId, draft.kind(), redirect);
        }
        redirect.addFlashAttribute("message", "下書きを保存しました");
        String target = switch (action == null ? "" : action) {
            case "next" -> page.next().map(SurveyPage::slug).orElse(slug);
            case "prev" -> page.previous().map(SurveyPage::slug).orElse(slug);
            default -> SurveyPage.of(action == null ? "" : action).map(SurveyPage::slug).orElse(slug);
        };
        return "redirect:/survey/cases/" + caseId + "/entry/" + target;
    }

    private String submit(String caseId, Kind kind, RedirectAttributes redirect) {
        try {
            SurveyView submitted = entry.submit(caseId);
            redirect.addFlashAttribute("message", kind == Kind.CORRECTION
                    ? "調査票を修正しました（第" + submitted.version() + "版）"
                    : "調査票を提出しました。タスク「認定調査票の入力」は完了しました");
            return "redirect:/survey/cases/" + caseId;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("submitErrors", e.violations().stream().map(Violation::message).toList());
        } catch (StateConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/survey/cases/" + caseId + "/entry/confirm";
    }

    /** The recorded surveyor, else the surveyor using the page, else the one the survey was assigned to. */
    private String defaultSurveyor(String caseId, SurveyAnswers answers, List<SurveyorRegistry.Surveyor> office) {
        if (answers.overview().surveyorId() != null) {
            return answers.overview().surveyorId();
        }
        if (office.stream().anyMatch(s -> s.userId().equals(access.user()))) {
            return access.user();
        }
        return surveys.assignment(caseId).map(Survey::getSurveyorId).orElse(null);
    }

    private void requireAccess(String caseId, Draft draft) {
        if (draft.kind() == Kind.CORRECTION) {
            access.requireStaff();
        } else {
            access.requireEntry(caseId);
        }
    }
}
