package jp.nintei.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.nintei.deadline.ExtensionNotice;
import jp.nintei.deadline.ExtensionNoticeService;

/** The 延期通知書 letter for the notice the 30-day clock just prepared. */
@Component
class DraftExtensionNoticeDelegate implements JavaDelegate {

    private final NoticeService notices;
    private final ExtensionNoticeService extensionNotices;

    DraftExtensionNoticeDelegate(NoticeService notices, ExtensionNoticeService extensionNotices) {
        this.notices = notices;
        this.extensionNotices = extensionNotices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExtensionNotice notice = extensionNotices.get(ExtensionNoticeVariables.noticeId(execution));
        NoticeDraft draft = notices.draft(NoticeKind.EXTENSION_NOTICE, ExtensionNoticeComposer.key(notice));
        NoticeVariables.show(execution, draft, notices.summary(draft.getId()));
        ExtensionNoticeVariables.show(execution, notice);
    }
}
