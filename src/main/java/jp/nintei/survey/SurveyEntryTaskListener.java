package jp.nintei.survey;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;

/**
 * 認定調査票の入力. On create: the named surveyor gets the task, or the office's surveyors may
 * claim it; the due date shows in Tasklist. On complete: the survey must have been submitted on
 * the survey pages, or the saved draft must pass the checks now.
 */
@Component
class SurveyEntryTaskListener implements TaskListener {

    private final SurveyAssignments assignments;
    private final SurveyEntryService entry;

    SurveyEntryTaskListener(SurveyAssignments assignments, SurveyEntryService entry) {
        this.assignments = assignments;
        this.entry = entry;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = Variables.caseId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            var setup = assignments.entryTaskSetup(caseId);
            task.setDueDate(setup.dueDate());
            if (setup.assignee() != null) {
                task.setAssignee(setup.assignee());
            } else {
                task.addCandidateUsers(setup.candidates());
            }
            return;
        }
        entry.entryTaskCompleted(caseId);
    }
}
