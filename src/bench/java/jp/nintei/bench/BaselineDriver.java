package jp.nintei.bench;

import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Drives the baseline process (bench/baseline-case.bpmn) in the order CaseDriver drives a real
 * case, with the same kind of engine calls: find the task by business key and key, complete it
 * with one variable as a form would; find the job and execute it; correlate the two messages the
 * application correlates; start the session and reminder processes the application starts.
 */
@Component
class BaselineDriver {

    static final String RESOURCE = "bench/baseline-case.bpmn";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    BaselineDriver(RepositoryService repository, RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    void deploy() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey("benchBaseline").count() == 0) {
            repository.createDeployment().name("bench-baseline").addClasspathResource(RESOURCE).deploy();
        }
    }

    static String sessionKey(String key) {
        return key + "-session";
    }

    /** One baseline case from start to end; returns its business keys (case, session). */
    void run(String key) {
        runtime.startProcessInstanceByKey("benchBaseline", key);
        complete(key, "Task_ConfirmIntake");
        complete(key, "Task_AssignSurveyor");
        complete(key, "Task_EnterSurvey");
        complete(key, "Task_SelectPhysician");
        execute(key, "Task_SendRequest");
        runtime.createMessageCorrelation("BenchOpinionReturned").processInstanceBusinessKey(key).correlate();
        execute(key, "Task_TakeReturn");
        complete(key, "Task_CheckOpinion");
        execute(key, "Task_PrepareSoftwareInput");
        execute(key, "Timer_ManualEntryAvailable");
        complete(key, "Task_EnterPrimaryResult");
        String session = sessionKey(key);
        runtime.startProcessInstanceByKey("benchBaselineSession", session);
        complete(key, "Task_ReviewMasking");
        complete(key, "Task_AllocateSession");
        complete(session, "Task_FixAllocation");
        execute(session, "Task_IssuePackets");
        execute(session, "Task_NotifyMembers");
        complete(session, "Task_RecordAttendance");
        runtime.createMessageCorrelation("BenchSessionOpened").processInstanceBusinessKey(key).correlate();
        complete(key, "Task_RecordBoardResult");
        execute(key, "Task_RecordDecision");
        execute(key, "Task_DraftDecisionNotice");
        complete(key, "Task_ApproveDecisionNotice");
        execute(key, "Task_IssueDecisionNotice");
        runtime.startProcessInstanceByKey("benchBaselineReminder", key);
    }

    boolean ended(String key) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("benchBaseline").processInstanceBusinessKey(key)
                .count() == 0;
    }

    private void complete(String key, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("baseline: no task " + taskKey + " for " + key);
        }
        tasks.complete(task.getId(), Map.of("decision", "accept"));
    }

    private void execute(String key, String activityId) {
        Job job = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list().stream()
                .map(pi -> management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult())
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("baseline: no job at " + activityId + " for " + key));
        management.executeJob(job.getId());
    }
}
