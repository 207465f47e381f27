package jp.nintei.survey;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.ApplicationState;
import jp.nintei.application.CertificationApplication;
import jp.nintei.audit.AuditAction;
import jp.nintei.audit.AuditLog;
import jp.nintei.engine.CaseEngine;
import jp.nintei.engine.CaseTask;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.security.CurrentUser;
import jp.nintei.survey.SurveyDraft.Kind;
import jp.nintei.survey.SurveyorRegistry.Surveyor;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.StateConflictException;
import jp.nintei.web.Violation;

/**
 * Entering and correcting a survey: drafts saved on the server, the check against the catalog,
 * and submission as a new immutable version. The first submission completes the surveyor's task.
 */
@Service
public class SurveyEntryService {

    static final int REASON_MAX = 1000;

    /** The draft as the pages show it. */
    public record Draft(Kind kind, Integer baseVersion, SurveyAnswers answers, Set<String> confirmedWarnings,
            String correctionReason, Instant updatedAt, String updatedBy) {
    }

    private final SurveyDraftRepository drafts;
    private final SurveyVersionRepository versions;
    private final SurveyRepository surveys;
    private final SurveyAssignments assignments;
    private final SurveyorRegistry surveyors;
    private final SurveyValidator validator;
    private final SurveyCatalog catalog;
    private final SurveyJson json;
    private final ApplicationService applications;
    private final CaseEngine engine;
    private final CaseHistory history;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    SurveyEntryService(SurveyDraftRepository drafts, SurveyVersionRepository versions, SurveyRepository surveys,
            SurveyAssignments assignments, SurveyorRegistry surveyors, SurveyValidator validator, SurveyCatalog catalog,
            SurveyJson json, ApplicationService applications, CaseEngine engine, CaseHistory history, AuditLog audit,
            CurrentUser currentUser, BusinessClock clock) {
        this.drafts = drafts;
        this.versions = versions;
        this.surveys = surveys;
        this.assignments = assignments;
        this.surveyors = surveyors;
        this.validator = validator;
        this.catalog = catalog;
        this.json = json;
        this.applications = applications;
        this.engine = engine;
        this.history = history;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The open entry task of the case, if the survey is waiting for its surveyor. */
    @Transactional(readOnly = true)
    public Optional<CaseTask> entryTask(String caseId) {
        return engine.openTask(caseId, SurveyAssignments.ENTRY_TASK);
    }

    /** The saved draft, or a new one (not yet stored) when entry or a correction may begin. */
    @Transactional(readOnly = true)
    public Optional<Draft> draft(String caseId) {
        Optional<SurveyDraft> stored = drafts.findById(caseId);
        if (stored.isPresent()) {
            return stored.map(this::toDraft);
        }
        if (entryTask(caseId).isEmpty()) {
            return Optional.empty();
        }
        String surveyor = surveys.findById(caseId).map(Survey::getSurveyorId).orElse(null);
        if (surveyor == null && assignments.surveyorsFor(caseId).contains(currentUser.id())) {
            surveyor = currentUser.id();
        }
        var overview = new SurveyAnswers.Overview(null, null, null, surveyor, null, null, null, null);
        return Optional.of(new Draft(Kind.ENTRY, null, SurveyAnswers.EMPTY.withOverview(overview), Set.of(), null,
                null, null));
    }

    /** Saves what was entered so far; nothing is checked for completeness yet. */
    @Transactional
    public Draft saveDraft(String caseId, SurveyAnswers answers, Set<String> confirmedWarnings, String correctionReason) {
        SurveyDraft draft = drafts.findById(caseId).orElseGet(() -> newEntryDraft(caseId));
        if (draft.getKind() == Kind.ENTRY && entryTask(caseId).isEmpty()) {
            throw new StateConflictException("この認定調査は入力を受け付けていません（調査員の割当中または提出済みです）");
        }
        if (correctionReason != null && correctionReason.length() > REASON_MAX) {
            throw new InvalidInputException("correctionReason", "修正理由は" + REASON_MAX + "文字以内で入力してください");
        }
        draft.save(json.write(answers), String.join(",", new LinkedHashSet<>(confirmedWarnings)),
                blankToNull(correctionReason), clock.now(), currentUser.id());
        return toDraft(drafts.save(draft));
    }

    private SurveyDraft newEntryDraft(String caseId) {
        if (entryTask(caseId).isEmpty()) {
            throw new StateConflictException("この認定調査は入力を受け付けていません（調査員の割当中または提出済みです）");
        }
        return new SurveyDraft(caseId, Kind.ENTRY, null, json.write(SurveyAnswers.EMPTY));
    }

    /** Errors and warnings of the saved draft, as the confirmation page shows them. */
    @Transactional(readOnly = true)
    public SurveyValidator.Result check(String caseId, SurveyAnswers answers) {
        return validator.check(answers, context(caseId));
    }

    /**
     * Submits the draft: refused with every error, or with the warnings not yet confirmed. A first
     * entry completes the surveyor's task, which moves the case on; a correction adds a version.
     */
    @Transactional
    public SurveyView submit(String caseId) {
        SurveyDraft draft = drafts.findById(caseId)
                .orElseThrow(() -> new StateConflictException("提出する調査票の下書きがありません"));
        if (draft.getKind() == Kind.CORRECTION) {
            return store(caseId, draft);
        }
        CaseTask task = entryTask(caseId)
                .orElseThrow(() -> new StateConflictException("この認定調査は提出を受け付けていません（調査員の割当中または提出済みです）"));
        SurveyView view = store(caseId, draft);
        engine.completeTask(task.id(), Map.of());
        return view;
    }

    /** Tasklist completed the entry task: fine once submitted, otherwise the draft is submitted now. */
    @Transactional
    public void entryTaskCompleted(String caseId) {
        Survey survey = surveys.findById(caseId).orElseThrow(() -> new StateConflictException("調査員が割り当てられていません"));
        if (survey.getStatus() == Survey.Status.SUBMITTED) {
            return;
        }
        SurveyDraft draft = drafts.findById(caseId).filter(d -> d.getKind() == Kind.ENTRY)
                .orElseThrow(() -> new InvalidInputException("survey",
                        "調査票が入力されていません。「調査票の入力画面を開く」から入力し、提出してください"));
        store(caseId, draft);
    }

    private SurveyView store(String caseId, SurveyDraft draft) {
        SurveyAnswers answers = json.read(draft.getAnswers());
        SurveyValidator.Result result = validator.check(answers, context(caseId));
        if (result.hasErrors()) {
            throw new InvalidInputException(result.errors());
        }
        Set<String> confirmed = confirmed(draft);
        List<Violation> unconfirmed = result.unconfirmed(confirmed).stream()
                .map(w -> new Violation("warning." + w.id(), "確認が必要です: " + w.message())).toList();
        if (!unconfirmed.isEmpty()) {
            throw new InvalidInputException(unconfirmed);
        }
        if (draft.getKind() == Kind.CORRECTION && draft.getCorrectionReason() == null) {
            throw new InvalidInputException("correctionReason", "修正理由を入力してください");
        }
        CertificationApplication application = applications.get(caseId);
        Optional<SurveyVersion> latest = versions.findFirstByCaseIdOrderByVersionDesc(caseId);
        Surveyor surveyor = surveyors.require(answers.overview().surveyorId());
        String warnings = result.warnings().stream().map(SurveyValidator.Warning::id).collect(Collectors.joining(","));
        SurveyVersion version = versions.save(new SurveyVersion(caseId, latest.map(v -> v.getVersion() + 1).orElse(1),
                application.getInsuredPerson().getId(), answers.overview().surveyedAt(), surveyor.userId(), surveyor.name(),
                surveyor.office().getOfficeNumber(), surveyor.office().getName(), json.write(answers), warnings,
                clock.now(), currentUser.id(), draft.getCorrectionReason()));
        drafts.delete(draft);
        if (draft.getKind() == Kind.ENTRY) {
            surveys.findById(caseId).ifPresent(s -> s.submitted(clock.now()));
        }
        recordHistory(caseId, draft, version, answers, latest);
        return SurveyView.of(version, answers);
    }

    private void recordHistory(String caseId, SurveyDraft draft, SurveyVersion version, SurveyAnswers answers,
            Optional<SurveyVersion> base) {
        String insuredNumber = applications.get(caseId).getInsuredPerson().getInsuredNumber();
        if (draft.getKind() == Kind.ENTRY) {
            history.append(caseId, CaseEventType.SURVEY_COMPLETED, currentUser.id(),
                    "第" + version.getVersion() + "版／実施 " + answers.overview().surveyedAt().toLocalDate() + " "
                            + answers.overview().placeKind().label() + "／調査員 " + version.getSurveyorName());
            audit.record(AuditAction.CREATE, caseId, insuredNumber, "認定調査票", "認定調査票の提出", "第" + version.getVersion() + "版");
            return;
        }
        List<String> changed = base.map(b -> answers.changedSince(json.read(b.getAnswers()), catalog)).orElse(List.of());
        String detail = "第" + version.getVersion() + "版（修正項目: " + (changed.isEmpty() ? "基本調査の変更なし" : String.join(", ", changed))
                + "）理由: " + version.getCorrectionReason();
        history.append(caseId, CaseEventType.SURVEY_CORRECTED, currentUser.id(), detail);
        audit.record(AuditAction.UPDATE, caseId, insuredNumber, "認定調査票", "認定調査票の修正", detail);
    }

    /** Starts a correction of the current version (staff only; checked by the caller). */
    @Transactional
    public Draft startCorrection(String caseId) {
        Optional<SurveyDraft> existing = drafts.findById(caseId);
        if (existing.isPresent()) {
            if (existing.get().getKind() == Kind.CORRECTION) {
                return toDraft(existing.get());
            }
            throw new StateConflictException("調査票はまだ提出されていません");
        }
        CertificationApplication application = applications.get(caseId);
        if (application.getState() != ApplicationState.IN_REVIEW) {
            throw new StateConflictException("「" + application.getState().label() + "」の案件の調査票は修正できません");
        }
        SurveyVersion current = versions.findFirstByCaseIdOrderByVersionDesc(caseId)
                .orElseThrow(() -> new StateConflictException("修正できる調査票（提出済み）がありません"));
        SurveyDraft draft = new SurveyDraft(caseId, Kind.CORRECTION, current.getVersion(), current.getAnswers());
        draft.save(current.getAnswers(), current.getConfirmedWarnings(), null, clock.now(), currentUser.id());
        return toDraft(drafts.save(draft));
    }

    /** Drops a correction draft; the current version stays as it is. */
    @Transactional
    public void discardCorrection(String caseId) {
        drafts.findById(caseId).filter(d -> d.getKind() == Kind.CORRECTION).ifPresent(drafts::delete);
    }

    private SurveyValidator.Context context(String caseId) {
        return new SurveyValidator.Context(applications.get(caseId).getReceivedDate(),
                LocalDateTime.ofInstant(clock.now(), clock.zone()), assignments.surveyorsFor(caseId));
    }

    private Draft toDraft(SurveyDraft d) {
        return new Draft(d.getKind(), d.getBaseVersion(), json.read(d.getAnswers()), confirmed(d),
                d.getCorrectionReason(), d.getUpdatedAt(), d.getUpdatedBy());
    }

    private static Set<String> confirmed(SurveyDraft d) {
        return d.getConfirmedWarnings() == null || d.getConfirmedWarnings().isBlank() ? Set.of()
                : Set.copyOf(Arrays.asList(d.getConfirmedWarnings().split(",")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
