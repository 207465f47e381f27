package jp.nintei.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;

@Component
class DraftDecisionNoticeDelegate implements JavaDelegate {

    private final NoticeService notices;

    DraftDecisionNoticeDelegate(NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        NoticeDraft draft = notices.draft(NoticeKind.DECISION_NOTICE, Variables.caseId(execution));
        NoticeVariables.show(execution, draft, notices.summary(draft.getId()));
    }
}
