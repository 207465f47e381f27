package jp.nintei.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.ApplicationState;
import jp.nintei.engine.CaseEngine;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.StateConflictException;

/**
 * Prepares and records 延期通知. The reason comes from which stages are still open; the expected
 * date from the scheduled board session, or one month ahead when none is scheduled.
 */
@Service
public class ExtensionNoticeService {

    /** Activity ids of the stages in certification.bpmn whose completion decides the reason. */
    static final String SURVEY_STAGE = "CallActivity_Survey";
    static final String OPINION_STAGE = "CallActivity_PhysicianOpinion";

    private final ExtensionNoticeRepository notices;
    private final ApplicationService applications;
    private final CaseEngine engine;
    private final ScheduledSessions sessions;
    private final StatutoryDeadline deadline;
    private final CaseHistory history;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    ExtensionNoticeService(ExtensionNoticeRepository notices, ApplicationService applications, CaseEngine engine,
            ScheduledSessions sessions, StatutoryDeadline deadline, CaseHistory history, CurrentUser currentUser,
            BusinessClock clock) {
        this.notices = notices;
        this.applications = applications;
        this.engine = engine;
        this.sessions = sessions;
        this.deadline = deadline;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new notice when the case is still undecided; empty once it is decided or closed. */
    @Transactional
    public Optional<ExtensionNotice> prepare(String caseId) {
        ApplicationState state = applications.get(caseId).getState();
        if (state != ApplicationState.RECEIVED && state != ApplicationState.IN_REVIEW) {
            return Optional.empty();
        }
        ExtensionReason reason = ExtensionReason.of(engine.hasCompleted(caseId, SURVEY_STAGE),
                engine.hasCompleted(caseId, OPINION_STAGE));
        int seq = notices.countByCaseId(caseId) + 1;
        return Optional.of(notices.save(new ExtensionNotice(caseId, seq, reason, expectedDate(caseId), clock.now())));
    }

    /** Staff sent the notice; returns the day to look again if the case is still undecided. */
    @Transactional
    public LocalDate markSent(long noticeId) {
        ExtensionNotice notice = notices.findById(noticeId)
                .orElseThrow(() -> new StateConflictException("延期通知 " + noticeId + " が見つかりません"));
        if (!notice.isSent()) {
            notice.markSent(currentUser.id(), clock.now());
            history.append(notice.getCaseId(), CaseEventType.EXTENSION_NOTICE_SENT, currentUser.id(),
                    notice.getReason().label() + "／処理見込日 " + notice.getExpectedDecisionDate());
        }
        return deadline.recheckDate(notice.getExpectedDecisionDate());
    }

    /**
     * Staff correct the 処理見込日 before the notice goes out (e.g. the board session is known to
     * be later). It may not lie in the past; the re-check timer follows the corrected date.
     */
    @Transactional
    public ExtensionNotice reviseExpectedDate(long noticeId, LocalDate expectedDecisionDate) {
        ExtensionNotice notice = get(noticeId);
        if (notice.isSent()) {
            throw new StateConflictException("送付済みの延期通知の処理見込日は変更できません");
        }
        if (expectedDecisionDate.isBefore(clock.today())) {
            throw new InvalidInputException("revisedExpectedDate", "処理見込日には本日以降の日付を入力してください");
        }
        notice.reviseExpectedDate(expectedDecisionDate);
        return notice;
    }

    @Transactional(readOnly = true)
    public ExtensionNotice get(long noticeId) {
        return notices.findById(noticeId)
                .orElseThrow(() -> new StateConflictException("延期通知 " + noticeId + " が見つかりません"));
    }

    @Transactional(readOnly = true)
    public List<ExtensionNotice> of(String caseId) {
        return notices.findByCaseIdOrderBySeqAsc(caseId);
    }

    private LocalDate expectedDate(String caseId) {
        LocalDate today = clock.today();
        return sessions.sessionDateOf(caseId)
                .filter(date -> !date.isBefore(today))
                .orElseGet(() -> deadline.defaultExpectedDate(today));
    }
}
