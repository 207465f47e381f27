package jp.nintei.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import jp.nintei.application.ApplicantKind;
import jp.nintei.application.ApplicationType;
import jp.nintei.application.IntakeRequest;
import jp.nintei.application.IntakeService;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.office.OfficeKind;
import jp.nintei.office.OfficeRegistry;
import jp.nintei.primary.PrimaryDeterminationService;
import jp.nintei.primary.PrimaryFixtures;
import jp.nintei.opinion.OpinionChoices.Consent;
import jp.nintei.opinion.OpinionContent;
import jp.nintei.opinion.OpinionRequests;
import jp.nintei.opinion.OpinionSubmissions;
import jp.nintei.opinion.OpinionTestData;
import jp.nintei.security.Roles;
import jp.nintei.survey.SurveyAnswers;
import jp.nintei.survey.SurveyCatalog;
import jp.nintei.survey.SurveyEntryService;
import jp.nintei.survey.SurveyFixtures;
import jp.nintei.survey.SurveyorRegistry;
import jp.nintei.time.BusinessClock;

/**
 * Drives a case through the stages as staff would in Tasklist: each method completes the task
 * of one step with the variables its form submits. Tasks of called stage processes are found by
 * the business key (the case id), which every stage instance carries.
 */
@Component
public class CaseDriver {

    public static final String SURVEYOR = "surveyor-test";
    /** The municipality's own survey office in tests (新規 surveys may go to it). */
    public static final String SURVEY_OFFICE = "9999000001";

    private final IntakeService intake;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final TestData data;
    private final BusinessClock clock;
    private final OfficeRegistry offices;
    private final SurveyorRegistry surveyors;
    private final SurveyEntryService surveyEntry;
    private final SurveyCatalog surveyCatalog;
    private final PrimaryDeterminationService primary;
    private final OpinionTestData opinionData;
    private final OpinionRequests opinionRequests;
    private final OpinionSubmissions opinionSubmissions;

    @Autowired
    private BoardDriver board;

    CaseDriver(IntakeService intake, RuntimeService runtime, TaskService tasks, ManagementService management,
            TestData data, BusinessClock clock, OfficeRegistry offices, SurveyorRegistry surveyors,
            SurveyEntryService surveyEntry, SurveyCatalog surveyCatalog, PrimaryDeterminationService primary,
            OpinionTestData opinionData, OpinionRequests opinionRequests, OpinionSubmissions opinionSubmissions) {
        this.intake = intake;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.data = data;
        this.clock = clock;
        this.offices = offices;
        this.surveyors = surveyors;
        this.surveyEntry = surveyEntry;
        this.surveyCatalog = surveyCatalog;
        this.primary = primary;
        this.opinionData = opinionData;
        this.opinionRequests = opinionRequests;
        this.opinionSubmissions = opinionSubmissions;
    }

    public String receive(InsuredPerson person, ApplicationType type, LocalDate receivedDate) {
        ApplicantKind kind = type == ApplicationType.EX_OFFICIO ? ApplicantKind.MUNICIPALITY : ApplicantKind.SELF;
        return intake.receive(new IntakeRequest(person.getInsuredNumber(), type, receivedDate, kind, null, null,
                null, true, null, "主治医 一郎", "テスト病院")).getCaseId();
    }

    public ProcessInstance instance(String caseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("certification")
                .processInstanceBusinessKey(caseId).singleResult();
    }

    public Task task(String caseId, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(taskKey).singleResult();
    }

    public void complete(String caseId, String taskKey, Map<String, Object> variables) {
        Task task = task(caseId, taskKey);
        if (task == null) {
            throw new AssertionError("no task " + taskKey + " for case " + caseId);
        }
        tasks.complete(task.getId(), new HashMap<>(variables));
    }

    public void confirmIntake(String caseId) {
        complete(caseId, "Task_ConfirmIntake", Map.of("intakeDecision", "accept"));
    }

    /** Assigns the survey to the municipal test surveyor, who enters a complete survey and submits it. */
    public void completeSurvey(String caseId) {
        String surveyor = surveyor(SURVEYOR);
        completeSurvey(caseId, surveyor, SurveyFixtures.complete(surveyCatalog, surveyTime(), surveyor));
    }

    /** Assigns the survey to the given (registered) surveyor, who submits these answers. */
    public void completeSurvey(String caseId, String surveyor, SurveyAnswers answers) {
        complete(caseId, "Task_AssignSurveyor", Map.of("surveyorId", surveyor));
        surveyEntry.saveDraft(caseId, answers, Set.of(), null);
        complete(caseId, "Task_EnterSurvey", Map.of());
    }

    /** Now on the business clock, to the minute, as the survey form records it. */
    public LocalDateTime surveyTime() {
        return LocalDateTime.ofInstant(clock.now(), clock.zone()).truncatedTo(ChronoUnit.MINUTES);
    }

    /** A surveyor of the municipality's own survey office (created once). */
    public String surveyor(String userId) {
        return surveyor(userId, SURVEY_OFFICE, OfficeKind.MUNICIPALITY);
    }

    /** A surveyor working for the given office, which is registered with that kind if missing. */
    public String surveyor(String userId, String officeNumber, OfficeKind kind) {
        data.user(userId, Roles.SURVEYOR);
        if (offices.find(officeNumber).isEmpty()) {
            offices.save(officeNumber, "テスト調査事業所 " + officeNumber, kind, "テスト市", null);
        }
        surveyors.register(userId, officeNumber, true);
        return userId;
    }

    /**
     * The whole physician-opinion stage: staff choose the registered physician, the request goes
     * out, the physician submits a complete opinion (A1, Ⅱa, consent given) through the portal's
     * service, staff accept it.
     */
    public void completeOpinion(String caseId) {
        completeOpinion(caseId, true);
    }

    /** As {@link #completeOpinion(String)}, with the physician's consent to share the opinion given or refused. */
    public void completeOpinion(String caseId, boolean physicianConsent) {
        completeOpinion(caseId, opinionData.driverPhysician(), physicianConsent);
    }

    /** As {@link #completeOpinion(String)}, asking the registered physician with that code. */
    public void completeOpinion(String caseId, String physicianCode, boolean physicianConsent) {
        OpinionContent opinion = OpinionTestData.complete(clock.today());
        opinion.setConsent(physicianConsent ? Consent.AGREE : Consent.DISAGREE);
        completeOpinion(caseId, physicianCode, opinion);
    }

    /** As {@link #completeOpinion(String)}, the registered physician submitting this content. */
    public void completeOpinion(String caseId, String physicianCode, OpinionContent opinion) {
        complete(caseId, "Task_SelectPhysician", Map.of("physicianCode", physicianCode));
        management.executeJob(job(caseId, "Task_SendRequest").getId());
        long requestId = opinionRequests.awaiting(caseId).orElseThrow().getId();
        opinionSubmissions.submit(requestId, opinion, UUID.randomUUID().toString());
        management.executeJob(job(caseId, "Task_TakeReturn").getId());
        complete(caseId, "Task_CheckOpinion", Map.of("checkDecision", "accept"));
    }

    /**
     * Prepares the 認定ソフト export, opens staff entry and keys in a result consistent with the
     * level (times in its band; for 要支援2/要介護1 the stability decides).
     */
    public void completePrimary(String caseId, CareLevel level) {
        openPrimaryEntry(caseId);
        complete(caseId, "Task_EnterPrimaryResult",
                PrimaryFixtures.formVariables(PrimaryFixtures.consistent(level, primary.basis(caseId))));
    }

    /** Runs the export job and the timer that lets staff key in the result (both due at once by default). */
    public void openPrimaryEntry(String caseId) {
        management.executeJob(job(caseId, "Task_PrepareSoftwareInput").getId());
        management.executeJob(job(caseId, "Timer_ManualEntryAvailable").getId());
    }

    /** マスキング確認 without extra words, then allocation to a new session of the test panel on that date. */
    public void allocateBoard(String caseId, LocalDate sessionDate) {
        allocateBoardTo(caseId, board.session(board.defaultPanel(), sessionDate).getId());
    }

    /** マスキング確認 without extra words, then allocation to the given session. */
    public void allocateBoardTo(String caseId, Long sessionId) {
        complete(caseId, "Task_ReviewMasking", Map.of());
        complete(caseId, "Task_AllocateSession", Map.of("sessionNumber", sessionId));
    }

    /**
     * Opens the case's session as on its day (fixed, packets issued, all members present), then
     * records the result. A reason text without a code is sent as 「その他」 with that text.
     */
    public void recordBoardResult(String caseId, CareLevel level, Map<String, Object> more) {
        board.openSessionOf(caseId);
        Map<String, Object> variables = new HashMap<>(more);
        variables.put("boardCareLevel", level.name());
        if (variables.containsKey("changeReason") && !variables.containsKey("changeReasonCode")) {
            variables.put("changeReasonCode", "OTHER");
        }
        complete(caseId, "Task_RecordBoardResult", variables);
    }

    /** The case's job at an activity, in the main process or any stage process of the case. */
    public Job job(String caseId, String activityId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list().stream()
                .map(pi -> management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult())
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no job at " + activityId + " for case " + caseId));
    }

    /** Runs the decision stage's asynchronous job, as the job executor would. */
    public void runDecision(String caseId) {
        management.executeJob(job(caseId, "Task_RecordDecision").getId());
    }

    /**
     * The notification stage as staff and the job executor run it: the 認定結果通知書 is drafted,
     * a staff member approves it, and it is issued; the case ends notified.
     */
    public void sendDecisionNotice(String caseId) {
        management.executeJob(job(caseId, "Task_DraftDecisionNotice").getId());
        approveNotice(caseId, "Task_ApproveDecisionNotice");
        management.executeJob(job(caseId, "Task_IssueDecisionNotice").getId());
    }

    /** Approves the drafted 延期通知書; it is issued and the 30-day clock waits for the expected date. */
    public void approveExtensionNotice(String caseId) {
        approveNotice(caseId, "Task_SendExtensionNotice");
    }

    /** Approves the draft shown by an approval task (認定結果通知書, 延期通知書, 更新申請のお知らせ). */
    public void approveNotice(String caseId, String taskKey) {
        complete(caseId, taskKey, Map.of("noticeDecision", "approve"));
    }

    /** Sends the draft of an approval task back with a comment. */
    public void sendNoticeBack(String caseId, String taskKey, String comment) {
        complete(caseId, taskKey, Map.of("noticeDecision", "sendBack", "noticeComment", comment));
    }

    /** From intake confirmation to the board's recorded result, confirming the primary level. */
    public void runToBoardResult(String caseId, CareLevel level, Map<String, Object> boardVariables) {
        confirmIntake(caseId);
        completeSurvey(caseId);
        completeOpinion(caseId);
        completePrimary(caseId, level);
        allocateBoard(caseId, clock.today().plusDays(7));
        recordBoardResult(caseId, level, boardVariables);
    }
}
