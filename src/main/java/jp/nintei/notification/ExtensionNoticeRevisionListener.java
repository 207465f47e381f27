package jp.nintei.notification;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.deadline.ExtensionNotice;
import jp.nintei.deadline.ExtensionNoticeService;
import jp.nintei.engine.Variables;

/** A sent-back 延期通知書 corrected: 処理見込日, addressee or remark; the next revision goes to approval. */
@Component
class ExtensionNoticeRevisionListener implements TaskListener {

    private final NoticeService notices;
    private final ExtensionNoticeService extensionNotices;

    ExtensionNoticeRevisionListener(NoticeService notices, ExtensionNoticeService extensionNotices) {
        this.notices = notices;
        this.extensionNotices = extensionNotices;
    }

    @Override
    public void notify(DelegateTask task) {
        long noticeId = ExtensionNoticeVariables.noticeId(task);
        ExtensionNotice notice = extensionNotices.get(noticeId);
        LocalDate revised = Variables.requiredDate(task, ExtensionNoticeVariables.REVISED_EXPECTED_DATE, "処理見込日");
        if (!revised.equals(notice.getExpectedDecisionDate())) {
            notice = extensionNotices.reviseExpectedDate(noticeId, revised);
        }
        NoticeDraft draft = notices.revise(NoticeVariables.draftId(task), NoticeRevisionListener.addressee(task),
                Variables.string(task, NoticeVariables.REMARK));
        NoticeVariables.show(task.getExecution(), draft, notices.summary(draft.getId()));
        ExtensionNoticeVariables.show(task.getExecution(), notice);
    }
}
