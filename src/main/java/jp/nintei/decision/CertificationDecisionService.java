package jp.nintei.decision;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.ApplicationState;
import jp.nintei.application.ApplicationType;
import jp.nintei.application.CertificationApplication;
import jp.nintei.board.BoardService;
import jp.nintei.board.SecondaryDetermination;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.insured.Certificate;
import jp.nintei.insured.CertificateRepository;
import jp.nintei.primary.PrimaryDetermination;
import jp.nintei.primary.PrimaryDeterminationService;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.StateConflictException;

/**
 * Turns the board's result into the decision (認定) and the new 被保険者証 certification: the
 * level as the board set it, the validity period by {@link ValidityRules}, and for 非該当 the
 * stated reasons (法27条9項) and no certification.
 */
@Service
public class CertificationDecisionService {

    private final CertificationDecisionRepository decisions;
    private final CertificateRepository certificates;
    private final ApplicationService applications;
    private final BoardService board;
    private final PrimaryDeterminationService primary;
    private final ValidityRules validity;
    private final CaseHistory history;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    CertificationDecisionService(CertificationDecisionRepository decisions, CertificateRepository certificates,
            ApplicationService applications, BoardService board, PrimaryDeterminationService primary,
            ValidityRules validity, CaseHistory history, CurrentUser currentUser, BusinessClock clock) {
        this.decisions = decisions;
        this.certificates = certificates;
        this.applications = applications;
        this.board = board;
        this.primary = primary;
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
        if (application.getState() != ApplicationState.IN_REVIEW) {
            throw new StateConflictException("案件 " + caseId + " は「" + application.getState().label()
                    + "」のため決定できません");
        }
        SecondaryDetermination result = board.resultOf(caseId)
                .orElseThrow(() -> new StateConflictException("案件 " + caseId + " の二次判定結果がありません"));
        CareLevel primaryLevel = primary.of(caseId).map(PrimaryDetermination::getCareLevel).orElse(null);
        CertificationDecision decision = result.getCareLevel().isCertified()
                ? certified(application, result, primaryLevel)
                : notApplicable(application, result, primaryLevel);
        decisions.save(decision);
        applications.markDecided(caseId);
        history.append(caseId, CaseEventType.DECIDED, currentUser.id(), describe(decision));
        return decision;
    }

    /** The notice went out. Idempotent: the issuing job may run again after a failure. */
    @Transactional
    public void markNotified(String caseId) {
        CertificationDecision decision = decisions.findById(caseId)
                .orElseThrow(() -> new StateConflictException("案件 " + caseId + " はまだ決定されていません"));
        if (decision.isNotified()) {
            return;
        }
        applications.markNotified(caseId);
        decision.markNotified(currentUser.id(), clock.now());
        history.append(caseId, CaseEventType.NOTIFIED, currentUser.id(), null);
    }

    @Transactional(readOnly = true)
    public Optional<CertificationDecision> of(String caseId) {
        return decisions.findById(caseId);
    }

    public CertificationDecision get(String caseId) {
        return of(caseId).orElseThrow(() -> new StateConflictException("案件 " + caseId + " はまだ決定されていません"));
    }

    private CertificationDecision certified(CertificationApplication application, SecondaryDetermination result,
            CareLevel primaryLevel) {
        ApplicationType type = application.getApplicationType();
        int months = result.getValidityMonths() != null ? result.getValidityMonths() : validity.defaultMonths(type);
        Certificate previous = application.getPreviousCertificate();
        if (type == ApplicationType.RENEWAL && previous == null) {
            throw new StateConflictException("更新申請 " + application.getCaseId() + " に前回の認定がありません");
        }
        ValidityPeriod period = validity.period(validity.startDate(type, application.getReceivedDate(),
                previous == null ? null : previous.getValidTo(), clock.today()), months);
        Certificate certificate = certificates.save(new Certificate(application.getInsuredPerson(),
                result.getCareLevel(), period.from(), period.to(), application.getCaseId(), clock.now()));
        return new CertificationDecision(application.getCaseId(), result.getCareLevel(), primaryLevel, period, months,
                null, result.getBoardOpinion(), clock.today(), certificate.getId(), clock.now());
    }

    /** 非該当 is a decision too, but only with its reasons: the notice must state them (法27条9項). */
    private CertificationDecision notApplicable(CertificationApplication application, SecondaryDetermination result,
            CareLevel primaryLevel) {
        String reason = result.getNonApplicableReason();
        if (reason == null || reason.isBlank()) {
            throw new StateConflictException("案件 " + application.getCaseId() + " は非該当ですが、その理由が記録されていません");
        }
        return new CertificationDecision(application.getCaseId(), result.getCareLevel(), primaryLevel, null, null,
                reason.strip(), result.getBoardOpinion(), clock.today(), null, clock.now());
    }

    private static String describe(CertificationDecision d) {
        return d.getValidFrom() == null ? d.getCareLevel().label()
                : d.getCareLevel().label() + "（" + d.getValidFrom() + "〜" + d.getValidTo() + "）";
    }
}
