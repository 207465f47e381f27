package jp.nintei.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.decision.CertificationDecision;
import jp.nintei.decision.CertificationDecisionService;
import jp.nintei.document.IssuedDocument;

/**
 * Issuing the 認定結果通知書 closes the case: the letter is stored, the case is notified (NOTIFIED in
 * its history, which the progress and shared-info features follow), and a granted certification
 * gets its renewal reminder. One transaction, so a retried job repeats none of it.
 */
@Service
public class DecisionNotices {

    private final NoticeService notices;
    private final CertificationDecisionService decisions;
    private final RenewalReminders reminders;

    DecisionNotices(NoticeService notices, CertificationDecisionService decisions, RenewalReminders reminders) {
        this.notices = notices;
        this.decisions = decisions;
        this.reminders = reminders;
    }

    @Transactional
    public IssuedDocument issue(long draftId) {
        IssuedDocument document = notices.issue(draftId);
        CertificationDecision decision = decisions.get(document.getCaseId());
        decisions.markNotified(decision.getCaseId());
        if (decision.getCertificateId() != null) {
            reminders.schedule(decision.getCertificateId());
        }
        return document;
    }
}
