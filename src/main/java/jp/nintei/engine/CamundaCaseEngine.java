package jp.nintei.engine;

import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

@Component
class CamundaCaseEngine implements CaseEngine {

    static final String CERTIFICATION_PROCESS = "certification";

    private final RuntimeService runtime;
    private final HistoryService history;
    private final ManagementService management;
    private final TaskService tasks;
    private final ExternalTaskService externalTasks;
    private final DecisionService decisions;

    CamundaCaseEngine(RuntimeService runtime, HistoryService history, ManagementService management, TaskService tasks,
            ExternalTaskService externalTasks, DecisionService decisions) {
        this.runtime = runtime;
        this.history = history;
        this.management = management;
        this.tasks = tasks;
        this.externalTasks = externalTasks;
        this.decisions = decisions;
    }

    @Override
    public void startCase(String caseId, Map<String, Object> variables) {
        runtime.startProcessInstanceByKey(CERTIFICATION_PROCESS, caseId, variables);
    }

    @Override
    public boolean correlate(String messageName, String caseId, Map<String, Object> variables) {
        var result = runtime.createMessageCorrelation(messageName)
                .processInstanceBusinessKey(caseId)
                .setVariables(variables)
                .correlateAllWithResult();
        return !result.isEmpty();
    }

    @Override
    public boolean hasCompleted(String caseId, String activityId) {
        var instance = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(CERTIFICATION_PROCESS)
                .processInstanceBusinessKey(caseId)
                .singleResult();
        return instance != null && history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .finished()
                .count() > 0;
    }

    @Override
    public boolean isRunning(String caseId) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(CERTIFICATION_PROCESS)
                .processInstanceBusinessKey(caseId)
                .active()
                .count() > 0;
    }

    @Override
    public void startProcess(String processKey, String businessKey, Map<String, Object> variables) {
        runtime.startProcessInstanceByKey(processKey, businessKey, variables);
    }

    @Override
    public Optional<CaseTask> openTask(String caseId, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(taskKey)
                .active().singleResult();
        if (task == null) {
            return Optional.empty();
        }
        Set<String> candidates = new HashSet<>();
        tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
                .forEach(l -> candidates.add(l.getUserId()));
        return Optional.of(new CaseTask(task.getId(), taskKey, task.getAssignee(), candidates, task.getDueDate()));
    }

    @Override
    public void completeTask(String taskId, Map<String, Object> variables) {
        tasks.complete(taskId, variables);
    }

    @Override
    public void setTaskDueDate(String taskId, Date dueDate) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task != null) {
            task.setDueDate(dueDate);
            tasks.saveTask(task);
        }
    }

    @Override
    public Optional<ExternalWork> externalTask(String externalTaskId) {
        var task = externalTasks.createExternalTaskQuery().externalTaskId(externalTaskId).singleResult();
        return Optional.ofNullable(task).map(t -> new ExternalWork(t.getId(), t.getBusinessKey(), t.getTopicName(),
                t.getWorkerId(), t.getRetries()));
    }

    @Override
    public void completeExternalTask(String externalTaskId, String workerId, Map<String, Object> variables) {
        externalTasks.complete(externalTaskId, workerId, variables);
    }

    @Override
    public void failExternalTask(String externalTaskId, String workerId, String message, String details) {
        externalTasks.handleFailure(externalTaskId, workerId, message, details, 0, 0);
    }

    @Override
    public Map<String, Object> decide(String decisionKey, Map<String, Object> inputs) {
        var result = decisions.evaluateDecisionTableByKey(decisionKey).variables(inputs).evaluate();
        return result.isEmpty() ? Map.of() : result.getSingleResult().getEntryMap();
    }

    @Override
    public void rescheduleTimer(String businessKey, String activityId, java.util.Date dueDate) {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().forEach(pi -> {
            management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers().list()
                    .forEach(job -> management.setJobDuedate(job.getId(), dueDate));
            // The task the deadline timer watches shows the same date in Tasklist.
            tasks.createTaskQuery().processInstanceId(pi.getId()).dueAfter(new java.util.Date(0)).list().forEach(task -> {
                task.setDueDate(dueDate);
                tasks.saveTask(task);
            });
        });
    }

    @Override
    public void updateOpenTasks(String taskDefinitionKey, java.util.function.Function<String, Map<String, Object>> variables) {
        for (var task : tasks.createTaskQuery().taskDefinitionKey(taskDefinitionKey).active().list()) {
            String businessKey = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                    .singleResult().getBusinessKey();
            Map<String, Object> values = variables.apply(businessKey);
            if (values != null) {
                runtime.setVariables(task.getExecutionId(), values);
            }
        }
    }
}
