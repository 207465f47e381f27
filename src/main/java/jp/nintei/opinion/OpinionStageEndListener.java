package jp.nintei.opinion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;

/**
 * The stage ended without an accepted opinion (the case was withdrawn, or an operator cancelled
 * it): open requests close and the physician's link stops working in the same transaction.
 */
@Component
class OpinionStageEndListener implements ExecutionListener {

    private final OpinionRequests requests;

    OpinionStageEndListener(OpinionRequests requests) {
        this.requests = requests;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            requests.cancelOpen(Variables.caseId(execution));
        }
    }
}
