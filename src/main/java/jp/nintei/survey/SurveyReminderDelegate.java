package jp.nintei.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;

/** 調査員への督促: mails the surveyor through the outbox (once per assignment). */
@Component
class SurveyReminderDelegate implements JavaDelegate {

    private final SurveyAssignments assignments;

    SurveyReminderDelegate(SurveyAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assignments.remind(Variables.caseId(execution));
    }
}
