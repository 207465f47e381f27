package jp.nintei.survey;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;
import jp.nintei.time.JapaneseDates;
import jp.nintei.web.InvalidInputException;

/**
 * 調査遅延への対応 (supervisors). On create: recorded in the case history, with a description for
 * the form. On complete: a new due date (the timers follow), or a reassignment.
 */
@Component
class SurveyOverdueListener implements TaskListener {

    static final String REASSIGN = "surveyReassign";

    private final SurveyAssignments assignments;

    SurveyOverdueListener(SurveyAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = Variables.caseId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            assignments.overdue(caseId);
            task.setVariableLocal("overdueDescription", assignments.describe(caseId));
            return;
        }
        String action = Variables.string(task, "overdueAction");
        if ("reassign".equals(action)) {
            assignments.reassignAfterOverdue(caseId, Variables.string(task, "overdueNote"));
            task.setVariable(REASSIGN, true);
        } else if ("extend".equals(action)) {
            var deadlines = assignments.extend(caseId, Variables.date(task, "newSurveyDueDate", "延長後の調査期限"),
                    Variables.string(task, "overdueNote"));
            task.setVariable(REASSIGN, false);
            task.setVariable(SurveyAssignmentListener.DUE_AT, deadlines.overdueAt());
            task.setVariable(SurveyAssignmentListener.DUE_LABEL, JapaneseDates.format(deadlines.dueDate()));
        } else {
            throw new InvalidInputException("overdueAction", "対応（期限の延長または調査員の変更）を選択してください");
        }
    }
}
