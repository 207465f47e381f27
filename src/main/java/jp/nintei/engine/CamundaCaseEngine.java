package jp.nintei.engine;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

@Component
class CamundaCaseEngine implements CaseEngine {

    static final String CERTIFICATION_PROCESS = "certification";

    private final RuntimeService runtime;
    private final HistoryService history;
    private final ManagementService management;
    private final TaskService tasks;

    CamundaCaseEngine(RuntimeService runtime, HistoryService history, ManagementService management, TaskService tasks) {
        this.runtime = runtime;
        this.history = history;
        this.management = management;
        this.tasks = tasks;
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
