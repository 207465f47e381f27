package jp.nintei.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.document.IssuedDocument;

/** Issuing a 更新申請のお知らせ and closing its reminder, in one transaction. */
@Service
class RenewalReminderNotices {

    private final NoticeService notices;
    private final RenewalReminders reminders;

    RenewalReminderNotices(NoticeService notices, RenewalReminders reminders) {
        this.notices = notices;
        this.reminders = reminders;
    }

    @Transactional
    public IssuedDocument issue(long draftId, long certificateId) {
        IssuedDocument document = notices.issue(draftId);
        reminders.markIssued(certificateId);
        return document;
    }
}
