package jp.nintei.board;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;
import jp.nintei.web.InvalidInputException;

/**
 * 審査会への割付: on create and on claim the form gets the current proposal and its reasons; on
 * complete the case is allocated (and every rule checked again).
 */
@Component
class AllocationListener implements TaskListener {

    static final String SESSION_FIELD = "sessionNumber";

    private final Allocations allocations;

    AllocationListener(Allocations allocations) {
        this.allocations = allocations;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = Variables.caseId(task);
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            var proposal = allocations.propose(caseId);
            task.setVariableLocal("allocationAdvice", proposal.advice());
            // Not task-local: the form submits the field into the execution, and a local variable
            // of the same name would hide the secretariat's choice from the complete listener.
            proposal.proposed().ifPresent(p -> task.setVariable(SESSION_FIELD, p.session().getId()));
            return;
        }
        Integer sessionId = Variables.integer(task, SESSION_FIELD, "審査会番号");
        if (sessionId == null) {
            throw new InvalidInputException(SESSION_FIELD, "割り付ける審査会の番号（No.）を入力してください");
        }
        allocations.allocate(caseId, sessionId.longValue());
    }
}
