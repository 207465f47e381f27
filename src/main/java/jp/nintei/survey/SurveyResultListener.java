package jp.nintei.survey;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;

@Component
class SurveyResultListener implements TaskListener {

    private final SurveyService surveys;

    SurveyResultListener(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public void notify(DelegateTask task) {
        surveys.record(Variables.caseId(task),
                Variables.requiredDate(task, "surveyDate", "調査実施日"),
                Variables.requiredString(task, "surveyPlace", "調査実施場所"));
    }
}
