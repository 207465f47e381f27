package jp.nintei.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class DraftRenewalReminderDelegate implements JavaDelegate {

    private final NoticeService notices;

    DraftRenewalReminderDelegate(NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long certificateId = CheckRenewalReminderDelegate.certificateId(execution);
        NoticeDraft draft = notices.draft(NoticeKind.RENEWAL_REMINDER, String.valueOf(certificateId));
        NoticeVariables.show(execution, draft, notices.summary(draft.getId()));
    }
}
