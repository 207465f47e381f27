package jp.nintei.decision;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.ApplicationType;
import jp.nintei.application.CertificationApplication;
import jp.nintei.board.BoardService;
import jp.nintei.board.SecondaryDetermination;
import jp.nintei.insured.Certificate;
import jp.nintei.insured.CertificateRepository;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.StateConflictException;

/** Turns the board's result into the decision and the new 被保険者証 certification. */
@Service
public class CertificationDecisionService {

    private final CertificationDecisionRepository decisions;
    private final CertificateRepository certificates;
    private final ApplicationService applications;
    private final BoardService board;
    private final ValidityRules validity;
    private final CaseHistory history;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    CertificationDecisionService(CertificationDecisionRepository decisions, CertificateRepository certificates,
            ApplicationService applications, BoardService board, ValidityRules validity, CaseHistory history,
            CurrentUser currentUser, BusinessClock clock) {
        this.decisions = decisions;
        this.certificates = certificates;
        this.applications = applications;
        this.board = board;
        this.validity = validity;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Idempotent: a retried job finds the decision already made and returns it. */
    @Transactional
    public CertificationDecision decide(String caseId) {
        Optional<CertificationDecision> existing = decisions.findById(caseId);
        if (existing.isPresent()) {
            return existing.get();
        }
        CertificationApplication application = applications.get(caseId);
        SecondaryDetermination result = board.resultOf(caseId)
                .orElseThrow(() -> new StateConflictException("案件 " + caseId + " の二次判定結果がありません"));
        CertificationDecision decision = result.getCareLevel().isCertified()
                ? certified(application, result)
                : new CertificationDecision(caseId, result.getCareLevel(), null, null,
                        result.getNonApplicableReason(), result.getBoardOpinion(), clock.now());
        decisions.save(decision);
        applications.markDecided(caseId);
        history.append(caseId, CaseEventType.DECIDED, currentUser.id(), describe(decision));
        return decision;
    }

    @Transactional
    public void markNotified(String caseId) {
        CertificationDecision decision = decisions.findById(caseId)
                .orElseThrow(() -> new StateConflictException("案件 " + caseId + " はまだ決定されていません"));
        applications.markNotified(caseId);
        decision.markNotified(currentUser.id(), clock.now());
        history.append(caseId, CaseEventType.NOTIFIED, currentUser.id(), null);
    }

    @Transactional(readOnly = true)
    public Optional<CertificationDecision> of(String caseId) {
        return decisions.findById(caseId);
    }

    private CertificationDecision certified(CertificationApplication application, SecondaryDetermination result) {
        ApplicationType type = application.getApplicationType();
        int months = result.getValidityMonths() != null ? result.getValidityMonths() : validity.defaultMonths(type);
        Certificate previous = application.getPreviousCertificate();
        if (type == ApplicationType.RENEWAL && previous == null) {
            throw new StateConflictException("更新申請 " + application.getCaseId() + " に前回の認定がありません");
        }
        ValidityPeriod period = validity.period(validity.startDate(type, application.getReceivedDate(),
                previous == null ? null : previous.getValidTo(), clock.today()), months);
        certificates.save(new Certificate(application.getInsuredPerson(), result.getCareLevel(), period.from(),
                period.to(), application.getCaseId(), clock.now()));
        return new CertificationDecision(application.getCaseId(), result.getCareLevel(), period, months, null,
                result.getBoardOpinion(), clock.now());
    }

    private static String describe(CertificationDecision d) {
        return d.getValidFrom() == null ? d.getCareLevel().label()
                : d.getCareLevel().label() + "（" + d.getValidFrom() + "〜" + d.getValidTo() + "）";
    }
}
