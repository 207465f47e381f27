package jp.nintei.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.nintei.engine.FormErrors;
import jp.nintei.engine.Variables;
import jp.nintei.time.JapaneseDates;

/**
 * 調査依頼の記録, right after 調査員の割当 in the same transaction: the assignment is checked
 * against the rules and stored; its deadlines drive the entry task's timers. A refusal rolls the
 * form back and Tasklist shows why.
 */
@Component
class RecordAssignmentDelegate implements JavaDelegate {

    static final String REMIND_AT = "surveyRemindAt";
    static final String DUE_AT = "surveyDueAt";
    static final String DUE_LABEL = "surveyDueDateLabel";

    private final SurveyAssignments assignments;

    RecordAssignmentDelegate(SurveyAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormErrors.asFormError(() -> {
            var deadlines = assignments.assign(Variables.caseId(execution), Variables.string(execution, "surveyorId"),
                    Variables.string(execution, "surveyOfficeNumber"));
            execution.setVariable(REMIND_AT, deadlines.remindAt());
            execution.setVariable(DUE_AT, deadlines.overdueAt());
            execution.setVariable(DUE_LABEL, JapaneseDates.format(deadlines.dueDate()));
        });
    }
}
