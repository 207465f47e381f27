package jp.nintei.survey;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;
import jp.nintei.time.JapaneseDates;

/**
 * 調査員の割当. On create: the form lists the surveyors and whom the rules exclude. On complete:
 * the assignment is checked and stored; its deadlines drive the entry task's timers.
 */
@Component
class SurveyAssignmentListener implements TaskListener {

    static final String CANDIDATES = "assignmentCandidates";
    static final String REMIND_AT = "surveyRemindAt";
    static final String DUE_AT = "surveyDueAt";
    static final String DUE_LABEL = "surveyDueDateLabel";

    private final SurveyAssignments assignments;

    SurveyAssignmentListener(SurveyAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = Variables.caseId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariableLocal(CANDIDATES, assignments.candidatesText(caseId));
            return;
        }
        var deadlines = assignments.assign(caseId, Variables.string(task, "surveyorId"),
                Variables.string(task, "surveyOfficeNumber"));
        task.setVariable(REMIND_AT, deadlines.remindAt());
        task.setVariable(DUE_AT, deadlines.overdueAt());
        task.setVariable(DUE_LABEL, JapaneseDates.format(deadlines.dueDate()));
    }
}
