package jp.nintei.application;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.audit.AuditLog;
import jp.nintei.engine.CaseEngine;
import jp.nintei.engine.CaseVariables;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;

/** Moves a case through its states and writes each move into the case history. */
@Service
public class ApplicationService {

    static final int REASON_MAX = 1000;

    private final CertificationApplicationRepository applications;
    private final CaseHistory history;
    private final CaseEngine engine;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    ApplicationService(CertificationApplicationRepository applications, CaseHistory history, CaseEngine engine,
            AuditLog audit, CurrentUser currentUser, BusinessClock clock) {
        this.applications = applications;
        this.history = history;
        this.engine = engine;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CertificationApplication get(String caseId) {
        return applications.findById(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    /** The case as the staff API shows it; the read is audited with its purpose. */
    @Transactional
    public ApplicationView view(String caseId, String purpose) {
        CertificationApplication application = get(caseId);
        audit.read(caseId, application.getInsuredPerson().getInsuredNumber(), "要介護認定申請", purpose);
        return ApplicationView.of(application);
    }

    /** Staff checked the filed documents: the case is accepted for review, or refused (却下). */
    @Transactional
    public void confirmIntake(String caseId, boolean accepted, String rejectionReason) {
        CertificationApplication application = get(caseId);
        requireState(application, ApplicationState.RECEIVED, "申請内容の確認は受付状態の案件にのみ行えます");
        if (accepted) {
            application.moveTo(ApplicationState.IN_REVIEW);
            history.append(caseId, CaseEventType.INTAKE_CONFIRMED, currentUser.id(), null);
        } else {
            String reason = requireReason(rejectionReason, "却下の理由を入力してください");
            application.close(ApplicationState.REJECTED, reason, clock.now());
            history.append(caseId, CaseEventType.REJECTED, currentUser.id(), reason);
        }
    }

    /** 取下げ requested by the applicant: allowed until the decision. */
    @Transactional
    public void requestWithdrawal(String caseId, String reason) {
        String checked = requireReason(reason, "取下げの理由を入力してください");
        CertificationApplication application = get(caseId);
        if (!application.getState().isWithdrawable()) {
            throw new CaseStateException("この案件は「" + application.getState().label() + "」のため取下げできません");
        }
        boolean delivered = engine.correlate(CaseVariables.MESSAGE_WITHDRAWN, caseId,
                Map.of(CaseVariables.WITHDRAWAL_REASON, checked, CaseVariables.WITHDRAWAL_REQUESTED_BY, currentUser.id()));
        if (!delivered) {
            throw new CaseStateException("この案件の審査プロセスは取下げを受け付けられる状態にありません");
        }
    }

    /** Called by the process once the withdrawal message has cancelled the open stages. */
    @Transactional
    public void recordWithdrawal(String caseId, String reason, String requestedBy) {
        CertificationApplication application = get(caseId);
        if (application.getState() == ApplicationState.WITHDRAWN) {
            return; // retried job: already recorded
        }
        application.close(ApplicationState.WITHDRAWN, reason, clock.now());
        history.append(caseId, CaseEventType.WITHDRAWN, requestedBy, reason);
    }

    @Transactional
    public void markDecided(String caseId) {
        CertificationApplication application = get(caseId);
        if (application.getState() == ApplicationState.IN_REVIEW) {
            application.moveTo(ApplicationState.DECIDED);
        }
    }

    @Transactional
    public void markNotified(String caseId) {
        CertificationApplication application = get(caseId);
        requireState(application, ApplicationState.DECIDED, "通知は決定済みの案件にのみ行えます");
        application.close(ApplicationState.NOTIFIED, null, clock.now());
    }

    private static void requireState(CertificationApplication application, ApplicationState expected, String message) {
        if (application.getState() != expected) {
            throw new CaseStateException(message + "（現在: " + application.getState().label() + "）");
        }
    }

    static String requireReason(String reason, String messageWhenMissing) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", messageWhenMissing);
        }
        if (reason.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "理由は" + REASON_MAX + "文字以内で入力してください");
        }
        return reason.strip();
    }
}
