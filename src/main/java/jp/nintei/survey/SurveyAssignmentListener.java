package jp.nintei.survey;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;

@Component
class SurveyAssignmentListener implements TaskListener {

    private final SurveyService surveys;

    SurveyAssignmentListener(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public void notify(DelegateTask task) {
        surveys.request(Variables.caseId(task), Variables.requiredString(task, "surveyorId", "調査員ID"));
    }
}
