package jp.nintei.opinion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;

/** 修正依頼の送付: mail or letter telling the physician the opinion came back for correction. */
@Component
class SendOpinionBackDelegate implements JavaDelegate {

    private final OpinionRequests requests;

    SendOpinionBackDelegate(OpinionRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.notifySendBack(Variables.caseId(execution));
    }
}
