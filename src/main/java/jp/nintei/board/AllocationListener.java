package jp.nintei.board;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;
import jp.nintei.web.InvalidInputException;

/**
 * 審査会への割付: on create and on claim the form gets the current proposal and its reasons
 * (scheduling a session refreshes open tasks too); on complete the case is allocated and every
 * rule is checked again.
 */
@Component
class AllocationListener implements TaskListener {

    private final Allocations allocations;
    private final AllocationProposals proposals;

    AllocationListener(Allocations allocations, AllocationProposals proposals) {
        this.allocations = allocations;
        this.proposals = proposals;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = Variables.caseId(task);
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            task.setVariables(proposals.variables(caseId));
            return;
        }
        Integer sessionId = Variables.integer(task, AllocationProposals.SESSION_FIELD, "審査会番号");
        if (sessionId == null) {
            throw new InvalidInputException(AllocationProposals.SESSION_FIELD, "割り付ける審査会の番号（No.）を入力してください");
        }
        allocations.allocate(caseId, sessionId.longValue());
    }
}
