package jp.nintei.opinion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;

/** 依頼書の送付: link, 依頼書 and (electronic institutions) the mail, queued in the outbox. */
@Component
class SendOpinionRequestDelegate implements JavaDelegate {

    private final OpinionRequests requests;

    SendOpinionRequestDelegate(OpinionRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.send(Variables.caseId(execution));
    }
}
