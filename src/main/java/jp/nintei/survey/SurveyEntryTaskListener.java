package jp.nintei.survey;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.CaseVariables;
import jp.nintei.engine.Variables;

/**
 * 認定調査票の入力 opened: the named surveyor gets the task, or the office's surveyors may claim
 * it; the due date shows in Tasklist.
 */
@Component
class SurveyEntryTaskListener implements TaskListener {

    private final SurveyAssignments assignments;

    SurveyEntryTaskListener(SurveyAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void notify(DelegateTask task) {
        var setup = assignments.entryTaskSetup(Variables.caseId(task));
        // Surveyors may read their task but not the case's process variables: Tasklist's list
        // shows the case label only when the task carries it itself.
        task.setVariableLocal(CaseVariables.CASE_LABEL, task.getVariable(CaseVariables.CASE_LABEL));
        task.setDueDate(setup.dueDate());
        if (setup.assignee() != null) {
            task.setAssignee(setup.assignee());
        } else {
            task.addCandidateUsers(setup.candidates());
        }
    }
}
