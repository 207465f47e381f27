package jp.nintei.opinion;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.CaseLock;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.StateConflictException;

/**
 * The case's 主治医意見書 as other stages read it, and the staff check. Reads here are not
 * audited: the caller knows the purpose and writes it to the AuditLog.
 */
@Service
public class OpinionService {

    private final PhysicianOpinionRepository opinions;
    private final OpinionRequestRepository requests;
    private final OpinionDraftRepository drafts;
    private final OpinionLinks links;
    private final OpinionFormatter formatter;
    private final CaseLock lock;
    private final CaseHistory history;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    OpinionService(PhysicianOpinionRepository opinions, OpinionRequestRepository requests, OpinionDraftRepository drafts,
            OpinionLinks links, OpinionFormatter formatter, CaseLock lock, CaseHistory history, CurrentUser currentUser,
            BusinessClock clock) {
        this.opinions = opinions;
        this.requests = requests;
        this.drafts = drafts;
        this.links = links;
        this.formatter = formatter;
        this.lock = lock;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The accepted opinion of a case (the one that completed the stage), if any. */
    @Transactional(readOnly = true)
    public Optional<PhysicianOpinion> of(String caseId) {
        return opinions.findFirstByCaseIdAndStatusOrderByVersionDesc(caseId, OpinionStatus.ACCEPTED);
    }

    /** The accepted opinion whole: every item, the physician and the institution (e.g. for the board packet). */
    @Transactional(readOnly = true)
    public Optional<OpinionView> opinionOf(String caseId) {
        return of(caseId).map(formatter::view);
    }

    /** The newest version, whatever its status (staff pages). */
    @Transactional(readOnly = true)
    public Optional<OpinionView> latest(String caseId) {
        return opinions.findFirstByCaseIdOrderByVersionDesc(caseId).map(formatter::view);
    }

    @Transactional(readOnly = true)
    public List<OpinionView> versions(String caseId) {
        return opinions.findByCaseIdOrderByVersionAsc(caseId).stream().map(formatter::view).toList();
    }

    @Transactional(readOnly = true)
    public OpinionView view(PhysicianOpinion opinion) {
        return formatter.view(opinion);
    }

    /**
     * Where the stage stands, decided under the case lock so that an opinion arriving at the
     * same moment is either seen here or correlated to the wait this decision leads to.
     */
    @Transactional
    public OpinionStage assess(String caseId) {
        lock.lock(caseId);
        if (opinions.findFirstByCaseIdOrderByVersionDesc(caseId).filter(o -> o.getStatus() == OpinionStatus.SUBMITTED).isPresent()) {
            return OpinionStage.RECEIVED;
        }
        Optional<OpinionRequest> latest = requests.findFirstByCaseIdOrderByRoundDesc(caseId);
        if (latest.isEmpty()) {
            return OpinionStage.TO_REQUEST;
        }
        return switch (latest.get().getStatus()) {
            case OPEN, RETURNED -> OpinionStage.AWAITING;
            case DECLINED -> OpinionStage.TO_REREQUEST;
            default -> OpinionStage.TO_REQUEST;
        };
    }

    /**
     * After the physician answered: whether it was a decline (no opinion came with it). An
     * answer, not an exception, so the engine's transaction is not marked for rollback.
     */
    @Transactional(readOnly = true)
    public boolean wasDeclined(String caseId) {
        boolean submitted = opinions.findFirstByCaseIdOrderByVersionDesc(caseId)
                .filter(o -> o.getStatus() == OpinionStatus.SUBMITTED).isPresent();
        boolean declined = requests.findFirstByCaseIdOrderByRoundDesc(caseId)
                .filter(r -> r.getStatus() == RequestStatus.DECLINED).isPresent();
        return !submitted && declined;
    }

    /** Staff accept the opinion: the stage is complete and every link of the case stops working. */
    @Transactional
    public PhysicianOpinion accept(String caseId) {
        lock.lock(caseId);
        PhysicianOpinion opinion = awaitingCheck(caseId);
        opinion.accept(clock.now(), currentUser.id());
        if (opinion.getRequestId() != null) {
            requests.findById(opinion.getRequestId()).ifPresent(r -> r.accept(clock.now()));
        }
        requests.findByCaseIdOrderByRoundAsc(caseId).stream()
                .filter(r -> r.getStatus().isAwaitingPhysician() || r.getStatus() == RequestStatus.PREPARED)
                .forEach(r -> r.cancel(clock.now()));
        links.revokeAllOfCase(caseId, "accepted");
        history.append(caseId, CaseEventType.OPINION_ACCEPTED, currentUser.id(), opinion.getInstitutionName() + " "
                + opinion.getPhysicianName() + "（第" + opinion.getVersion() + "版）");
        return opinion;
    }

    /** Staff send the opinion back with a reason: the physician's link opens again on the submitted form. */
    @Transactional
    public PhysicianOpinion sendBack(String caseId, String reason) {
        lock.lock(caseId);
        String checked = OpinionRequests.reason(reason, "sendBackReason", "修正を依頼する内容を入力してください");
        PhysicianOpinion opinion = awaitingCheck(caseId);
        opinion.sendBack(checked, clock.now(), currentUser.id());
        if (opinion.getRequestId() != null) {
            OpinionRequest request = requests.findById(opinion.getRequestId()).orElseThrow();
            request.returnForCorrection(clock.today());
            links.reopen(request);
            drafts.findById(request.getId()).ifPresent(drafts::delete);
        }
        history.append(caseId, CaseEventType.OPINION_SENT_BACK, currentUser.id(), "第" + opinion.getVersion() + "版: " + checked);
        return opinion;
    }

    private PhysicianOpinion awaitingCheck(String caseId) {
        return opinions.findFirstByCaseIdOrderByVersionDesc(caseId)
                .filter(o -> o.getStatus() == OpinionStatus.SUBMITTED)
                .orElseThrow(() -> new StateConflictException("確認待ちの意見書がありません"));
    }
}
