package jp.nintei.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.decision.CertificationDecisionService;
import jp.nintei.engine.Variables;
import jp.nintei.web.InvalidInputException;

/** Staff confirm the 認定結果通知書 went out; the case closes as notified. */
@Component
class DecisionNoticeListener implements TaskListener {

    private final CertificationDecisionService decisions;

    DecisionNoticeListener(CertificationDecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!Variables.bool(task, "decisionNoticeSent")) {
            throw new InvalidInputException("decisionNoticeSent", "認定結果通知書を送付したことを確認してください");
        }
        decisions.markNotified(Variables.caseId(task));
    }
}
