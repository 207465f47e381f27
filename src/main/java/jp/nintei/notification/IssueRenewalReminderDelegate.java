package jp.nintei.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class IssueRenewalReminderDelegate implements JavaDelegate {

    private final RenewalReminderNotices reminderNotices;

    IssueRenewalReminderDelegate(RenewalReminderNotices reminderNotices) {
        this.reminderNotices = reminderNotices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminderNotices.issue(NoticeVariables.draftId(execution), CheckRenewalReminderDelegate.certificateId(execution));
    }
}
