package jp.nintei.survey;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;

/** 調査員の割当 opened: the form lists the surveyors and whom the rules exclude for this case. */
@Component
class SurveyAssignmentListener implements TaskListener {

    static final String CANDIDATES = "assignmentCandidates";

    private final SurveyAssignments assignments;

    SurveyAssignmentListener(SurveyAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(CANDIDATES, assignments.candidatesText(Variables.caseId(task)));
    }
}
