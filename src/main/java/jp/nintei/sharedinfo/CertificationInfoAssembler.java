package jp.nintei.sharedinfo;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import jp.nintei.application.CertificationApplication;
import jp.nintei.board.BoardService;
import jp.nintei.board.SecondaryDetermination;
import jp.nintei.decision.CertificationDecision;
import jp.nintei.decision.CertificationDecisionService;
import jp.nintei.opinion.OpinionService;
import jp.nintei.opinion.PhysicianOpinion;
import jp.nintei.primary.PrimaryDetermination;
import jp.nintei.primary.PrimaryDeterminationService;
import jp.nintei.progress.CaseEvent;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.progress.ProgressService;
import jp.nintei.progress.PublicStatusView;
import jp.nintei.time.BusinessClock;

/**
 * Collects a case's certification information from the stages' public services. Only summary
 * fields are taken, so the stages can change inside without breaking the store.
 */
@Component
class CertificationInfoAssembler {

    private final ProgressService progress;
    private final CaseHistory history;
    private final OpinionService opinions;
    private final PrimaryDeterminationService primary;
    private final BoardService board;
    private final CertificationDecisionService decisions;
    private final BusinessClock clock;

    CertificationInfoAssembler(ProgressService progress, CaseHistory history, OpinionService opinions,
            PrimaryDeterminationService primary, BoardService board, CertificationDecisionService decisions,
            BusinessClock clock) {
        this.progress = progress;
        this.history = history;
        this.opinions = opinions;
        this.primary = primary;
        this.board = board;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** The information and the consent facts it is shared under. */
    record Assembled(CertificationInfo info, ConsentFacts consents) {
    }

    Assembled assemble(CertificationApplication application) {
        String caseId = application.getCaseId();
        PhysicianOpinion opinion = opinions.of(caseId).orElse(null);
        CertificationDecision decision = decisions.of(caseId).orElse(null);
        boolean notified = decision != null && decision.getNotifiedAt() != null;
        var info = new CertificationInfo(
                application(application),
                progress.current(caseId).map(CertificationInfoAssembler::progress).orElse(null),
                survey(caseId),
                opinion == null ? null : opinion(opinion),
                determination(caseId),
                decision == null ? null : decision(decision),
                notified && decision.getCareLevel().isCertified() ? certificate(decision) : null);
        var consents = new ConsentFacts(application.isConsentToShare(),
                opinion == null ? null : opinion.isConsentToShare(), notified);
        return new Assembled(info, consents);
    }

    private static CertificationInfo.ApplicationInfo application(CertificationApplication a) {
        return new CertificationInfo.ApplicationInfo(a.getCaseId(), a.getInsurer().getInsurerNumber(),
                a.getInsuredPerson().getInsuredNumber(), a.getApplicationType(), a.getApplicationType().label(),
                a.getReceivedDate(), a.getApplicantKind(), a.getApplicantKind().label(), a.getProxyOfficeNumber(),
                a.getProxyOfficeName(), a.getState(), a.getState().label());
    }

    private static CertificationInfo.ProgressInfo progress(PublicStatusView p) {
        return new CertificationInfo.ProgressInfo(p.state(), p.label(), p.text(), p.expectedDate(), p.expectedLabel(),
                p.decisionExpectedDate());
    }

    /**
     * The survey's dates from its checkpoints, the contract every version of the survey stage
     * keeps: the latest request, and the completion recorded after it (null while outstanding).
     */
    private CertificationInfo.SurveyInfo survey(String caseId) {
        LocalDate requested = null;
        LocalDate completed = null;
        for (CaseEvent e : history.of(caseId)) {
            if (e.getEventType() == CaseEventType.SURVEY_REQUESTED) {
                requested = day(e.getOccurredAt());
                completed = null;
            } else if (e.getEventType() == CaseEventType.SURVEY_COMPLETED && requested != null) {
                completed = day(e.getOccurredAt());
            }
        }
        return requested == null ? null : new CertificationInfo.SurveyInfo(requested, completed);
    }

    private static CertificationInfo.OpinionInfo opinion(PhysicianOpinion o) {
        return new CertificationInfo.OpinionInfo(o.getReceivedDate(), o.getPhysicianName(), o.getInstitutionName(),
                o.getBedriddenLevel(), o.getBedriddenLevel() == null ? null : o.getBedriddenLevel().label(),
                o.getDementiaLevel(), o.getDementiaLevel() == null ? null : o.getDementiaLevel().label());
    }

    private CertificationInfo.DeterminationInfo determination(String caseId) {
        PrimaryDetermination first = primary.of(caseId).orElse(null);
        SecondaryDetermination second = board.resultOf(caseId).orElse(null);
        if (first == null && second == null) {
            return null;
        }
        return new CertificationInfo.DeterminationInfo(
                first == null ? null : first.getCareLevel(), first == null ? null : first.getCareLevel().label(),
                first == null ? null : first.getStandardTimeMinutes(),
                second == null ? null : second.getCareLevel(), second == null ? null : second.getCareLevel().label(),
                first == null || second == null ? null : first.getCareLevel() != second.getCareLevel());
    }

    private CertificationInfo.DecisionInfo decision(CertificationDecision d) {
        return new CertificationInfo.DecisionInfo(d.getCareLevel(), d.getCareLevel().label(),
                d.getCareLevel().isCertified(), d.getValidFrom(), d.getValidTo(), d.getValidityMonths(),
                d.getNonApplicableReason(), d.getBoardOpinion(), day(d.getDecidedAt()), day(d.getNotifiedAt()));
    }

    private CertificationInfo.CertificateInfo certificate(CertificationDecision d) {
        return new CertificationInfo.CertificateInfo(d.getCareLevel(), d.getCareLevel().label(), d.getValidFrom(),
                d.getValidTo(), day(d.getNotifiedAt()));
    }

    private LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.zone());
    }
}
