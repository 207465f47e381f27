package jp.nintei.notification;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.nintei.deadline.ExtensionNoticeService;
import jp.nintei.engine.CaseVariables;
import jp.nintei.time.BusinessClock;

/**
 * Issues the approved 延期通知書 and records the notice as sent; the 30-day clock looks again
 * the day after its 処理見込日.
 */
@Component
class IssueExtensionNoticeDelegate implements JavaDelegate {

    private final NoticeService notices;
    private final ExtensionNoticeService extensionNotices;
    private final BusinessClock clock;

    IssueExtensionNoticeDelegate(NoticeService notices, ExtensionNoticeService extensionNotices, BusinessClock clock) {
        this.notices = notices;
        this.extensionNotices = extensionNotices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.issue(NoticeVariables.draftId(execution));
        LocalDate recheck = extensionNotices.markSent(ExtensionNoticeVariables.noticeId(execution));
        execution.setVariable(CaseVariables.EXTENSION_RECHECK_AT, clock.startOf(recheck));
    }
}
