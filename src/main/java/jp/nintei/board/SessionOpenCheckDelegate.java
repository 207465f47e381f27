package jp.nintei.board;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;

/** A case allocated to a session that has already opened need not wait for the opening message. */
@Component
class SessionOpenCheckDelegate implements JavaDelegate {

    private final Allocations allocations;

    SessionOpenCheckDelegate(Allocations allocations) {
        this.allocations = allocations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("sessionOpen", allocations.isSessionOpen(Variables.caseId(execution)));
    }
}
