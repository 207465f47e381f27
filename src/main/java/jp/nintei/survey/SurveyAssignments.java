package jp.nintei.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.CertificationApplication;
import jp.nintei.engine.CaseEngine;
import jp.nintei.mail.MailMessage;
import jp.nintei.mail.Mailer;
import jp.nintei.office.Office;
import jp.nintei.office.OfficeRegistry;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.security.CurrentUser;
import jp.nintei.security.StaffDirectory;
import jp.nintei.survey.SurveyorRegistry.Surveyor;
import jp.nintei.time.BusinessClock;
import jp.nintei.time.JapaneseDates;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.StateConflictException;

/**
 * 調査依頼: assigns the survey under the rules, sets its due date, reminds the surveyor and
 * hands an overdue survey to the supervisors, who extend it or have it reassigned.
 */
@Service
public class SurveyAssignments {

    static final String ENTRY_TASK = "Task_EnterSurvey";
    static final int MAX_EXTENSION_DAYS = 60;
    static final String REASSIGNMENT_MESSAGE = "SurveyReassignmentRequested";

    /** The timers of an assignment: when to remind, and when the survey counts as overdue. */
    public record Deadlines(LocalDate dueDate, Date remindAt, Date overdueAt) {
    }

    /** Who works on the entry task: a named surveyor, or the office's surveyors as candidates. */
    public record EntryTaskSetup(String assignee, List<String> candidates, Date dueDate) {
    }

    private final SurveyRepository surveys;
    private final SurveyorRegistry surveyors;
    private final SurveyAssignmentRules rules;
    private final OfficeRegistry offices;
    private final ApplicationService applications;
    private final CaseEngine engine;
    private final CaseHistory history;
    private final Mailer mailer;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final BusinessClock clock;
    private final SurveyProperties properties;

    SurveyAssignments(SurveyRepository surveys, SurveyorRegistry surveyors, SurveyAssignmentRules rules,
            OfficeRegistry offices, ApplicationService applications, CaseEngine engine, CaseHistory history,
            Mailer mailer, StaffDirectory staff, CurrentUser currentUser, BusinessClock clock,
            SurveyProperties properties) {
        this.surveys = surveys;
        this.surveyors = surveyors;
        this.rules = rules;
        this.offices = offices;
        this.applications = applications;
        this.engine = engine;
        this.history = history;
        this.mailer = mailer;
        this.staff = staff;
        this.currentUser = currentUser;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Assigns (or reassigns) the survey to a surveyor, or to an office whose surveyors may then
     * take it. Refused with the reason when the rules forbid it; nothing changes then.
     */
    @Transactional
    public Deadlines assign(String caseId, String surveyorId, String officeNumber) {
        CertificationApplication application = applications.get(caseId);
        if (surveyorId == null && officeNumber == null) {
            throw new InvalidInputException("surveyorId", "調査員IDまたは委託先の事業所番号を入力してください");
        }
        Surveyor surveyor = surveyorId == null ? null : surveyors.require(surveyorId);
        Office office = officeOf(surveyor, officeNumber);
        rules.refusal(application.getApplicationType(), office, application.getInsuredPerson(), clock.today())
                .ifPresent(reason -> {
                    throw new InvalidInputException(surveyorId == null ? "surveyOfficeNumber" : "surveyorId", reason);
                });
        if (surveyor == null && surveyors.ofOffice(office.getOfficeNumber()).isEmpty()) {
            throw new InvalidInputException("surveyOfficeNumber", office.getName() + "には調査員が登録されていません");
        }
        LocalDate due = clock.today().plusDays(properties.dueDays());
        Survey survey = surveys.findById(caseId).orElseGet(() -> new Survey(caseId));
        if (survey.getStatus() == Survey.Status.SUBMITTED) {
            throw new StateConflictException("この案件の認定調査は提出済みです");
        }
        survey.assign(surveyorId, office.getOfficeNumber(), due, clock.now(), currentUser.id());
        surveys.save(survey);
        history.append(caseId, CaseEventType.SURVEY_REQUESTED, currentUser.id(),
                (surveyor == null ? "委託先 " + office.getName() : "調査員 " + surveyor.label())
                        + "／期限 " + JapaneseDates.format(due));
        return deadlines(due);
    }

    private Office officeOf(Surveyor surveyor, String officeNumber) {
        if (surveyor == null) {
            return offices.find(officeNumber).orElseThrow(() -> new InvalidInputException("surveyOfficeNumber",
                    "事業所番号「" + officeNumber + "」は事業所台帳に登録されていません"));
        }
        if (officeNumber != null && !officeNumber.equals(surveyor.office().getOfficeNumber())) {
            throw new InvalidInputException("surveyOfficeNumber", "調査員「" + surveyor.name() + "」は"
                    + surveyor.office().getName() + "の所属です（事業所番号 " + officeNumber + " ではありません）");
        }
        return surveyor.office();
    }

    Deadlines deadlines(LocalDate due) {
        LocalDate remindOn = due.minusDays(properties.reminderDaysBefore());
        return new Deadlines(due, clock.startOf(remindOn.isBefore(clock.today()) ? clock.today() : remindOn),
                clock.startOf(due.plusDays(1)));
    }

    /** The assignee or candidates of the entry task, and its due date (shown in Tasklist). */
    @Transactional(readOnly = true)
    public EntryTaskSetup entryTaskSetup(String caseId) {
        Survey survey = require(caseId);
        List<String> candidates = survey.getSurveyorId() != null ? List.of()
                : surveyors.ofOffice(survey.getOfficeNumber()).stream().map(Surveyor::userId).toList();
        return new EntryTaskSetup(survey.getSurveyorId(), candidates, clock.startOf(survey.getDueDate()));
    }

    /** The office the survey is assigned to (its surveyors may be named in the 概況調査). */
    @Transactional(readOnly = true)
    public String entryOffice(String caseId) {
        return require(caseId).getOfficeNumber();
    }

    /** Who may enter this survey: the named surveyor, or the office's surveyors. */
    @Transactional(readOnly = true)
    public Set<String> surveyorsFor(String caseId) {
        Survey survey = require(caseId);
        return surveyors.ofOffice(survey.getOfficeNumber()).stream().map(Surveyor::userId).collect(Collectors.toSet());
    }

    /** Mails the surveyor(s) that the due date is near; once per assignment. */
    @Transactional
    public void remind(String caseId) {
        Survey survey = require(caseId);
        if (survey.getStatus() == Survey.Status.SUBMITTED) {
            return;
        }
        List<String> recipients = recipients(caseId, survey);
        String due = JapaneseDates.format(survey.getDueDate());
        int sent = 0;
        for (String userId : recipients) {
            String to = staff.email(userId);
            if (to != null) {
                mailer.send("survey-reminder:" + caseId + ":" + survey.getRequestedAt().toEpochMilli() + ":" + userId, caseId,
                        new MailMessage(to, "【要介護認定】認定調査の期限が近づいています（" + caseId + "）",
                                staff.displayName(userId) + " 様\n\n案件 " + caseId + " の認定調査の期限は " + due
                                        + " です。\nタスク一覧の「認定調査票の入力」から調査票を入力・提出してください。\n"));
                sent++;
            }
        }
        history.append(caseId, CaseEventType.SURVEY_REMINDED, CurrentUser.SYSTEM,
                "期限 " + due + "／通知 " + sent + "名" + (sent < recipients.size() ? "（メールアドレス未登録あり）" : ""));
    }

    private List<String> recipients(String caseId, Survey survey) {
        var task = engine.openTask(caseId, ENTRY_TASK);
        if (task.isPresent() && task.get().assignee() != null) {
            return List.of(task.get().assignee());
        }
        if (survey.getSurveyorId() != null) {
            return List.of(survey.getSurveyorId());
        }
        return new ArrayList<>(surveyorsFor(caseId));
    }

    /** The escalation task opened: the case history records that the survey is overdue. */
    @Transactional
    public void overdue(String caseId) {
        Survey survey = require(caseId);
        history.append(caseId, CaseEventType.SURVEY_OVERDUE, CurrentUser.SYSTEM,
                "期限 " + JapaneseDates.format(survey.getDueDate()) + "／" + assigneeLabel(survey));
    }

    /** Text for the supervisors' task: who has the survey and since when. */
    @Transactional(readOnly = true)
    public String describe(String caseId) {
        Survey survey = require(caseId);
        return assigneeLabel(survey) + "、依頼日 " + JapaneseDates.format(survey.getRequestedAt().atZone(clock.zone()).toLocalDate())
                + "、期限 " + JapaneseDates.format(survey.getDueDate());
    }

    private String assigneeLabel(Survey survey) {
        String office = offices.find(survey.getOfficeNumber()).map(Office::getName).orElse(survey.getOfficeNumber());
        return survey.getSurveyorId() == null ? "委託先 " + office
                : "調査員 " + staff.displayName(survey.getSurveyorId()) + "（" + office + "）";
    }

    /** The supervisor keeps the surveyor with a new due date; the entry task's due date follows. */
    @Transactional
    public Deadlines extend(String caseId, LocalDate newDueDate, String note) {
        Survey survey = require(caseId);
        if (newDueDate == null) {
            throw new InvalidInputException("newSurveyDueDate", "延長後の調査期限を入力してください");
        }
        if (!newDueDate.isAfter(clock.today()) || newDueDate.isAfter(clock.today().plusDays(MAX_EXTENSION_DAYS))) {
            throw new InvalidInputException("newSurveyDueDate",
                    "延長後の調査期限は明日から" + MAX_EXTENSION_DAYS + "日以内の日付にしてください");
        }
        survey.extendTo(newDueDate);
        engine.openTask(caseId, ENTRY_TASK).ifPresent(t -> engine.setTaskDueDate(t.id(), clock.startOf(newDueDate)));
        history.append(caseId, CaseEventType.SURVEY_ASSIGNMENT_CHANGED, currentUser.id(),
                "期限の延長 " + JapaneseDates.format(newDueDate) + (note == null ? "" : "／" + note));
        return deadlines(newDueDate);
    }

    /** The supervisor decided to reassign an overdue survey: recorded; 調査員の割当 opens again. */
    @Transactional
    public void reassignAfterOverdue(String caseId, String note) {
        Survey survey = require(caseId);
        history.append(caseId, CaseEventType.SURVEY_ASSIGNMENT_CHANGED, currentUser.id(),
                "期限超過のため調査員を変更（" + assigneeLabel(survey) + "）" + (note == null ? "" : "／" + note));
    }

    /**
     * Staff take the survey back from its surveyor (illness, a conflict of interest found late):
     * the entry stops and 調査員の割当 opens again; the draft is kept for the next surveyor.
     */
    @Transactional
    public void requestReassignment(String caseId, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new InvalidInputException("reason", "調査員を変更する理由を1000文字以内で入力してください");
        }
        Survey survey = require(caseId);
        if (survey.getStatus() == Survey.Status.SUBMITTED) {
            throw new StateConflictException("この案件の認定調査は提出済みのため、調査員は変更できません");
        }
        if (!engine.correlate(REASSIGNMENT_MESSAGE, caseId, java.util.Map.of())) {
            throw new StateConflictException("この認定調査は調査員の割当中のため、変更の依頼は不要です");
        }
        history.append(caseId, CaseEventType.SURVEY_ASSIGNMENT_CHANGED, currentUser.id(),
                "調査員の変更（" + assigneeLabel(survey) + "）理由: " + reason.strip());
    }

    /** Markdown for the assignment form: the surveyors and offices, and whom the rules exclude. */
    @Transactional(readOnly = true)
    public String candidatesText(String caseId) {
        CertificationApplication application = applications.get(caseId);
        LocalDate today = clock.today();
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (Surveyor s : surveyors.all()) {
            if (shown++ == 40) {
                text.append("- ……（ほか ").append(surveyors.all().size() - 40).append(" 名）\n");
                break;
            }
            var refusal = rules.refusal(application.getApplicationType(), s.office(), application.getInsuredPerson(), today);
            text.append(refusal.isPresent() ? "- ×" : "- ").append('`').append(s.userId()).append("` ").append(s.name())
                    .append("（").append(s.office().getName()).append("・事業所番号 ").append(s.office().getOfficeNumber())
                    .append("）").append(refusal.map(r -> "：依頼不可").orElse("")).append('\n');
        }
        return text.isEmpty() ? "調査員が登録されていません。" : text.toString();
    }

    private Survey require(String caseId) {
        return surveys.findById(caseId)
                .orElseThrow(() -> new StateConflictException("案件 " + caseId + " の認定調査はまだ依頼されていません"));
    }
}
