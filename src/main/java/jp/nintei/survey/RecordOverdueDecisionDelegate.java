package jp.nintei.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.nintei.engine.FormErrors;
import jp.nintei.engine.Variables;
import jp.nintei.time.JapaneseDates;
import jp.nintei.web.InvalidInputException;

/**
 * The supervisor's decision on an overdue survey: a new due date (the timers follow) or a
 * reassignment, which the gateway reads from {@code surveyReassign}.
 */
@Component
class RecordOverdueDecisionDelegate implements JavaDelegate {

    static final String REASSIGN = "surveyReassign";

    private final SurveyAssignments assignments;

    RecordOverdueDecisionDelegate(SurveyAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormErrors.asFormError(() -> {
            String caseId = Variables.caseId(execution);
            String action = Variables.string(execution, "overdueAction");
            String note = Variables.string(execution, "overdueNote");
            if ("reassign".equals(action)) {
                assignments.reassignAfterOverdue(caseId, note);
                execution.setVariable(REASSIGN, true);
            } else if ("extend".equals(action)) {
                var deadlines = assignments.extend(caseId, Variables.date(execution, "newSurveyDueDate", "延長後の調査期限"), note);
                execution.setVariable(REASSIGN, false);
                execution.setVariable(RecordAssignmentDelegate.DUE_AT, deadlines.overdueAt());
                execution.setVariable(RecordAssignmentDelegate.DUE_LABEL, JapaneseDates.format(deadlines.dueDate()));
            } else {
                throw new InvalidInputException("overdueAction", "対応（期限の延長または調査員の変更）を選択してください");
            }
        });
    }
}
