package jp.nintei.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.ApplicationType;
import jp.nintei.application.CertificationApplication;
import jp.nintei.engine.CaseEngine;
import jp.nintei.primary.PrimaryDeterminationService;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;
import jp.nintei.time.JapaneseDates;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.NotFoundException;
import jp.nintei.web.StateConflictException;

/**
 * Which session a case goes to and in which order: the proposal (earliest session with room,
 * no recusal, within the 30-day deadline when possible), allocation, moves and reordering.
 * Every change bumps the session's revision; once its packets are out, the session process
 * is told so that it issues new ones.
 */
@Service
public class Allocations {

    /** A session the case could go to, and what stands in the way (empty: it may go there). */
    public record SessionOption(BoardSession session, int allocated, List<String> obstacles, boolean withinDeadline) {

        public boolean allowed() {
            return obstacles.isEmpty();
        }

        public int remaining() {
            return session.getCapacity() - allocated;
        }
    }

    /** The sessions considered for a case and the one proposed, with a Japanese explanation. */
    public record Proposal(List<SessionOption> options, Optional<SessionOption> proposed, String advice) {
    }

    private final BoardAllocationRepository allocations;
    private final BoardSessionRepository sessions;
    private final SecondaryDeterminationRepository results;
    private final ApplicationService applications;
    private final PrimaryDeterminationService primary;
    private final Recusal recusal;
    private final CaseEngine engine;
    private final CaseHistory history;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    Allocations(BoardAllocationRepository allocations, BoardSessionRepository sessions,
            SecondaryDeterminationRepository results, ApplicationService applications,
            PrimaryDeterminationService primary, Recusal recusal, CaseEngine engine, CaseHistory history,
            CurrentUser currentUser, BusinessClock clock) {
        this.allocations = allocations;
        this.sessions = sessions;
        this.results = results;
        this.applications = applications;
        this.primary = primary;
        this.recusal = recusal;
        this.engine = engine;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Proposal propose(String caseId) {
        CertificationApplication application = applications.get(caseId);
        List<SessionOption> options = sessions.findBySessionDateGreaterThanEqualAndStateInOrderBySessionDateAscStartTimeAscIdAsc(
                clock.today(), EnumSet.of(SessionState.PLANNED, SessionState.FIXED, SessionState.OPEN)).stream()
                .map(s -> option(s, application))
                .toList();
        Optional<SessionOption> proposed = options.stream().filter(o -> o.allowed() && o.withinDeadline()).findFirst()
                .or(() -> options.stream().filter(SessionOption::allowed).findFirst());
        return new Proposal(options, proposed, AllocationAdvice.describe(application, options, proposed));
    }

    /** Allocates a waiting case to a session, at the end of its order. */
    @Transactional
    public BoardAllocation allocate(String caseId, Long sessionId) {
        if (allocations.existsById(caseId)) {
            throw new StateConflictException("案件 " + caseId + " は既に審査会に割り付けられています（変更は審査会の画面から）");
        }
        CertificationApplication application = applications.get(caseId);
        if (primary.of(caseId).isEmpty()) {
            throw new StateConflictException("案件 " + caseId + " は一次判定が完了していないため割り付けられません");
        }
        BoardSession session = requireOption(sessionId, application);
        var allocation = allocations.save(new BoardAllocation(caseId, session,
                allocations.maxPosition(sessionId) + 1, clock.now(), currentUser.id()));
        changed(session);
        history.append(caseId, CaseEventType.BOARD_ALLOCATED, currentUser.id(), describe(session));
        return allocation;
    }

    /** Moves a case to another session (e.g. after a session without quorum), at the end of its order. */
    @Transactional
    public void move(String caseId, Long targetSessionId) {
        BoardAllocation allocation = get(caseId);
        BoardSession source = allocation.getSession();
        if (source.getId().equals(targetSessionId)) {
            throw new InvalidInputException("sessionId", "移動先に現在と同じ審査会が指定されています");
        }
        if (!source.getState().releasesCases() || results.existsById(caseId)) {
            throw new StateConflictException("案件 " + caseId + " は審査会（" + source.label() + "）で判定済みまたは終了済みのため移動できません");
        }
        BoardSession target = requireOption(targetSessionId, applications.get(caseId));
        allocation.moveTo(target, allocations.maxPosition(targetSessionId) + 1, clock.now(), currentUser.id());
        allocations.flush();
        renumber(source);
        changed(source);
        changed(target);
        history.append(caseId, CaseEventType.BOARD_ALLOCATED, currentUser.id(),
                describe(source) + " から " + describe(target) + " へ変更");
        openIfSessionOpen(target, caseId);
    }

    /** Moves a case one place up (-1) or down (+1) in its session's review order. */
    @Transactional
    public void shift(String caseId, int by) {
        BoardAllocation allocation = get(caseId);
        BoardSession session = allocation.getSession();
        if (!(session.getState() == SessionState.PLANNED || session.getState() == SessionState.FIXED)) {
            throw new StateConflictException("開催後の審査会の審査順は変更できません");
        }
        List<BoardAllocation> order = new ArrayList<>(allocations.findBySessionIdOrderByPositionAsc(session.getId()));
        int from = order.indexOf(allocation);
        int to = from + Integer.signum(by);
        if (to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        for (int i = 0; i < order.size(); i++) {
            order.get(i).setPosition(i + 1);
        }
        changed(session);
    }

    /** A withdrawn case leaves its session; a fixed session's packets are issued again without it. */
    @Transactional
    public void release(String caseId) {
        allocations.findById(caseId).ifPresent(allocation -> {
            BoardSession session = allocation.getSession();
            allocations.delete(allocation);
            allocations.flush();
            renumber(session);
            changed(session);
        });
    }

    /** Whether the case's session has opened with a quorum (the case process then goes straight to the result). */
    @Transactional(readOnly = true)
    public boolean isSessionOpen(String caseId) {
        return allocations.findById(caseId).map(a -> a.getSession().getState() == SessionState.OPEN).orElse(false);
    }

    @Transactional(readOnly = true)
    public Optional<BoardAllocation> of(String caseId) {
        return allocations.findById(caseId);
    }

    @Transactional(readOnly = true)
    public List<BoardAllocation> inSession(Long sessionId) {
        return allocations.findBySessionIdOrderByPositionAsc(sessionId);
    }

    private SessionOption option(BoardSession session, CertificationApplication application) {
        List<String> obstacles = new ArrayList<>();
        int allocated = (int) allocations.countBySessionId(session.getId());
        if (allocated >= session.getCapacity()) {
            obstacles.add("定員（" + session.getCapacity() + "件）に達しています");
        }
        if (session.getPanel().isRenewalOnly() && application.getApplicationType() != ApplicationType.RENEWAL) {
            obstacles.add(session.getPanel().size() + "人の合議体は更新申請のみ審査できます");
        }
        recusal.conflicts(session.getPanel(), application, session.getSessionDate())
                .forEach(c -> obstacles.add("除斥 — " + c.describe()));
        boolean withinDeadline = !session.getSessionDate().isAfter(application.getDecisionDueDate());
        return new SessionOption(session, allocated, obstacles, withinDeadline);
    }

    private BoardSession requireOption(Long sessionId, CertificationApplication application) {
        BoardSession session = sessions.findById(sessionId)
                .orElseThrow(() -> new NotFoundException("審査会（No." + sessionId + "）は登録されていません"));
        if (!session.getState().acceptsCases() || session.getSessionDate().isBefore(clock.today())) {
            throw new InvalidInputException("sessionId", "審査会（" + session.label() + "）は「"
                    + session.getState().label() + "」のため案件を追加できません");
        }
        SessionOption option = option(session, application);
        if (!option.allowed()) {
            throw new InvalidInputException("sessionId", session.label() + " には割り付けられません："
                    + String.join("、", option.obstacles()));
        }
        return session;
    }

    private BoardAllocation get(String caseId) {
        return allocations.findById(caseId)
                .orElseThrow(() -> new NotFoundException("案件 " + caseId + " は審査会に割り付けられていません"));
    }

    private void renumber(BoardSession session) {
        List<BoardAllocation> order = allocations.findBySessionIdOrderByPositionAsc(session.getId());
        for (int i = 0; i < order.size(); i++) {
            order.get(i).setPosition(i + 1);
        }
    }

    /** A new revision; once packets exist, the session process issues the next ones. */
    private void changed(BoardSession session) {
        session.allocationChanged();
        if (session.getState() != SessionState.PLANNED) {
            engine.correlate(BoardProcess.MESSAGE_ALLOCATION_CHANGED, session.businessKey(), Map.of());
        }
    }

    private void openIfSessionOpen(BoardSession session, String caseId) {
        if (session.getState() == SessionState.OPEN) {
            engine.correlate(BoardProcess.MESSAGE_SESSION_OPENED, caseId, Map.of());
        }
    }

    static String describe(BoardSession session) {
        return session.label() + "（" + session.getPlace() + "）";
    }

    static String date(LocalDate date) {
        return JapaneseDates.format(date);
    }
}
