package jp.nintei.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class IssueDecisionNoticeDelegate implements JavaDelegate {

    private final DecisionNotices decisionNotices;

    IssueDecisionNoticeDelegate(DecisionNotices decisionNotices) {
        this.decisionNotices = decisionNotices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decisionNotices.issue(NoticeVariables.draftId(execution));
    }
}
