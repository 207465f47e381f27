package jp.nintei.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * What the engine did for one case, read from its FULL history: process instances, user tasks
 * completed, jobs executed (async continuations and timers). Used to check that the baseline
 * process has the same shape as a real case.
 */
record CaseShape(int processInstances, int userTasks, int jobs, int jobsCreated, Map<String, Integer> jobsByActivity) {

    static CaseShape of(HistoryService history, List<String> businessKeys) {
        List<String> instances = new ArrayList<>();
        for (String key : businessKeys) {
            history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).list().stream()
                    .map(HistoricProcessInstance::getId).forEach(instances::add);
        }
        int tasks = 0;
        int jobs = 0;
        int created = 0;
        Map<String, Integer> byActivity = new TreeMap<>();
        for (String id : instances) {
            tasks += (int) history.createHistoricTaskInstanceQuery().processInstanceId(id).finished().count();
            created += (int) history.createHistoricJobLogQuery().processInstanceId(id).creationLog().count();
            for (HistoricJobLog log : history.createHistoricJobLogQuery().processInstanceId(id).successLog().list()) {
                jobs++;
                byActivity.merge(log.getActivityId(), 1, Integer::sum);
            }
        }
        return new CaseShape(instances.size(), tasks, jobs, created, byActivity);
    }

    String describe() {
        return processInstances + " process instances, " + userTasks + " user tasks, " + jobs + " jobs run ("
                + jobsCreated + " created)";
    }
}
