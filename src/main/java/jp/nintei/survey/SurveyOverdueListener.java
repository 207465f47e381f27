package jp.nintei.survey;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;

/** 調査遅延への対応 opened: recorded in the case history, with a description for the form. */
@Component
class SurveyOverdueListener implements TaskListener {

    private final SurveyAssignments assignments;

    SurveyOverdueListener(SurveyAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = Variables.caseId(task);
        assignments.overdue(caseId);
        task.setVariableLocal("overdueDescription", assignments.describe(caseId));
    }
}
