package jp.nintei.progress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.CertificationApplication;
import jp.nintei.deadline.ExtensionNotice;
import jp.nintei.deadline.ExtensionNoticeService;
import jp.nintei.deadline.ScheduledSessions;
import jp.nintei.time.BusinessClock;

/**
 * Writes the public status history in the transaction of the checkpoint that changes it. Runs
 * before the shared-info store (which publishes the public state it finds here).
 */
@Component
class ProgressRecorder {

    static final int ORDER = 10;

    private final ProgressStatusRepository statuses;
    private final CaseHistory history;
    private final ApplicationService applications;
    private final ScheduledSessions sessions;
    private final ExtensionNoticeService extensionNotices;
    private final CaseLock caseLock;
    private final BusinessClock clock;

    ProgressRecorder(ProgressStatusRepository statuses, CaseHistory history, ApplicationService applications,
            ScheduledSessions sessions, ExtensionNoticeService extensionNotices, CaseLock caseLock, BusinessClock clock) {
        this.statuses = statuses;
        this.history = history;
        this.applications = applications;
        this.sessions = sessions;
        this.extensionNotices = extensionNotices;
        this.caseLock = caseLock;
        this.clock = clock;
    }

    @EventListener
    @Order(ORDER)
    public void on(CaseEventRecorded recorded) {
        CaseEvent event = recorded.event();
        String caseId = event.getCaseId();
        caseLock.lock(caseId);
        ProgressRules.Snapshot snapshot = ProgressRules.evaluate(facts(caseId));
        Optional<ProgressStatus> current = statuses.findFirstByCaseIdOrderByIdDesc(caseId);
        if (current.isEmpty() || !current.get().says(snapshot)) {
            statuses.save(new ProgressStatus(caseId, snapshot, event));
        }
    }

    private ProgressRules.CaseFacts facts(String caseId) {
        CertificationApplication application = applications.get(caseId);
        return new ProgressRules.CaseFacts(application.getReceivedDate(), application.getDecisionDueDate(),
                history.of(caseId), sessions.sessionDateOf(caseId), latestSentExtension(caseId), clock.zone());
    }

    /** The 処理見込日 of the last 延期通知 that went out: the date the applicant was promised. */
    private Optional<LocalDate> latestSentExtension(String caseId) {
        return extensionNotices.of(caseId).stream()
                .filter(ExtensionNotice::isSent)
                .max(Comparator.comparingInt(ExtensionNotice::getSeq))
                .map(ExtensionNotice::getExpectedDecisionDate);
    }
}
