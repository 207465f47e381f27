package jp.nintei.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.nintei.engine.FormErrors;
import jp.nintei.engine.Variables;

/**
 * 調査票の提出, right after 認定調査票の入力: fine when the survey pages submitted it; when the task
 * was completed in Tasklist, the saved draft is submitted now or Tasklist shows what is missing.
 */
@Component
class SubmitSurveyDelegate implements JavaDelegate {

    private final SurveyEntryService entry;

    SubmitSurveyDelegate(SurveyEntryService entry) {
        this.entry = entry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormErrors.asFormError(() -> entry.entryTaskCompleted(Variables.caseId(execution)));
    }
}
