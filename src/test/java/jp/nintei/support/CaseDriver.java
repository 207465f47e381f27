package jp.nintei.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import jp.nintei.application.ApplicantKind;
import jp.nintei.application.ApplicationType;
import jp.nintei.application.IntakeRequest;
import jp.nintei.application.IntakeService;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.opinion.OpinionRequests;
import jp.nintei.opinion.OpinionSubmissions;
import jp.nintei.opinion.OpinionTestData;
import jp.nintei.security.Roles;
import jp.nintei.time.BusinessClock;

/**
 * Drives a case through the stages as staff would in Tasklist: each method completes the task
 * of one step with the variables its form submits. Tasks of called stage processes are found by
 * the business key (the case id), which every stage instance carries.
 */
@Component
public class CaseDriver {

    public static final String SURVEYOR = "surveyor-test";

    private final IntakeService intake;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final TestData data;
    private final BusinessClock clock;
    private final OpinionTestData opinionData;
    private final OpinionRequests opinionRequests;
    private final OpinionSubmissions opinionSubmissions;

    CaseDriver(IntakeService intake, RuntimeService runtime, TaskService tasks, ManagementService management,
            TestData data, BusinessClock clock, OpinionTestData opinionData, OpinionRequests opinionRequests,
            OpinionSubmissions opinionSubmissions) {
        this.intake = intake;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.data = data;
        this.clock = clock;
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

    public void completeSurvey(String caseId) {
        data.user(SURVEYOR, Roles.SURVEYOR);
        complete(caseId, "Task_AssignSurveyor", Map.of("surveyorId", SURVEYOR));
        complete(caseId, "Task_EnterSurveyResult", Map.of("surveyDate", clock.today().toString(), "surveyPlace", "自宅"));
    }

    /**
     * The whole physician-opinion stage: staff choose the registered physician, the request goes
     * out, the physician submits a complete opinion (A1, Ⅱa, consent given) through the portal's
     * service, staff accept it.
     */
    public void completeOpinion(String caseId) {
        complete(caseId, "Task_SelectPhysician", Map.of("physicianCode", opinionData.driverPhysician()));
        management.executeJob(job(caseId, "Task_SendRequest").getId());
        long requestId = opinionRequests.awaiting(caseId).orElseThrow().getId();
        opinionSubmissions.submit(requestId, OpinionTestData.complete(clock.today()), UUID.randomUUID().toString());
        management.executeJob(job(caseId, "Task_TakeReturn").getId());
        complete(caseId, "Task_CheckOpinion", Map.of("checkDecision", "accept"));
    }

    public void completePrimary(String caseId, CareLevel level) {
        complete(caseId, "Task_EnterPrimaryResult", Map.of("primaryCareLevel", level.name(),
                "standardTimeMinutes", new BigDecimal("55.0").doubleValue()));
    }

    public void allocateBoard(String caseId, LocalDate sessionDate) {
        complete(caseId, "Task_AllocateSession", Map.of("sessionDate", sessionDate.toString()));
    }

    public void recordBoardResult(String caseId, CareLevel level, Map<String, Object> more) {
        Map<String, Object> variables = new HashMap<>(more);
        variables.put("boardCareLevel", level.name());
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

    public void sendDecisionNotice(String caseId) {
        complete(caseId, "Task_SendDecisionNotice", Map.of("decisionNoticeSent", true));
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
