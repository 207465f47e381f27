package jp.nintei.board;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.board.member.BoardMember;
import jp.nintei.board.member.BoardMembers;
import jp.nintei.board.member.MemberField;
import jp.nintei.engine.CaseEngine;
import jp.nintei.engine.CaseVariables;
import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.NotFoundException;
import jp.nintei.web.StateConflictException;
import jp.nintei.web.Violation;

/** Panels and sessions: composition rules, scheduling, fixing, attendance with quorum, closing. */
@Service
public class BoardSessions {

    private final BoardPanelRepository panels;
    private final BoardSessionRepository sessions;
    private final BoardAllocationRepository allocations;
    private final AttendanceRepository attendance;
    private final SecondaryDeterminationRepository results;
    private final BoardMembers members;
    private final CaseEngine engine;
    private final BoardProperties properties;
    private final AllocationProposals proposals;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    BoardSessions(BoardPanelRepository panels, BoardSessionRepository sessions, BoardAllocationRepository allocations,
            AttendanceRepository attendance, SecondaryDeterminationRepository results, BoardMembers members,
            CaseEngine engine, BoardProperties properties, AllocationProposals proposals, CurrentUser currentUser,
            BusinessClock clock) {
        this.proposals = proposals;
        this.panels = panels;
        this.sessions = sessions;
        this.allocations = allocations;
        this.attendance = attendance;
        this.results = results;
        this.members = members;
        this.engine = engine;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Creates or recomposes a panel: five members (three for renewal-only panels), each of
     * 保健・医療・福祉 represented, the chair one of them.
     */
    @Transactional
    public BoardPanel savePanel(String name, List<String> memberLoginIds, String chairLoginId) {
        Set<String> ids = new LinkedHashSet<>(memberLoginIds == null ? List.of() : memberLoginIds);
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 100) {
            violations.add(new Violation("name", "合議体の名称を100文字以内で入力してください"));
        }
        if (ids.size() != BoardPanel.FULL_SIZE && ids.size() != BoardPanel.RENEWAL_SIZE) {
            violations.add(new Violation("members", "合議体は委員5人（更新申請のみを審査する合議体は3人）で構成してください"));
        }
        if (chairLoginId == null || !ids.contains(chairLoginId)) {
            violations.add(new Violation("chair", "合議体の長は合議体の委員から選んでください"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<BoardMember> seated = ids.stream().map(members::get).toList();
        Set<MemberField> fields = EnumSet.noneOf(MemberField.class);
        seated.forEach(m -> fields.add(m.getField()));
        if (fields.size() < MemberField.values().length) {
            throw new InvalidInputException("members", "合議体には保健・医療・福祉の各分野の委員を含めてください");
        }
        BoardPanel panel = panels.findByName(name.strip()).orElseGet(() -> panels.save(new BoardPanel(name.strip())));
        panel.seat(seated, members.get(chairLoginId));
        return panel;
    }

    /** Schedules a session and starts its process (fix → packets → attendance → close). */
    @Transactional
    public BoardSession schedule(Long panelId, LocalDate date, LocalTime startTime, String place, Integer capacity) {
        BoardPanel panel = panels.findById(panelId)
                .orElseThrow(() -> new NotFoundException("合議体（No." + panelId + "）は登録されていません"));
        checkSchedule(panel, date, startTime, place);
        int cap = capacity == null ? properties.defaultCapacity() : capacity;
        if (cap < 1 || cap > 100) {
            throw new InvalidInputException("capacity", "審査件数の上限は1〜100件で指定してください");
        }
        BoardSession session = sessions.saveAndFlush(new BoardSession(panel, date, startTime, place.strip(), cap,
                clock.now(), currentUser.id()));
        Map<String, Object> variables = new HashMap<>();
        variables.put(BoardProcess.SESSION_ID, session.getId());
        variables.put(CaseVariables.CASE_LABEL, session.label());
        variables.put(BoardProcess.ALLOCATION_CUTOFF_AT, cutoff(date));
        engine.startProcess(BoardProcess.SESSION_PROCESS, session.businessKey(), variables);
        proposals.refreshOpenTasks();
        return session;
    }

    /** A new date, time or place; before the cut-off its timer moves, afterwards new packets go out. */
    @Transactional
    public BoardSession reschedule(Long sessionId, LocalDate date, LocalTime startTime, String place) {
        BoardSession session = get(sessionId);
        if (!(session.getState() == SessionState.PLANNED || session.getState() == SessionState.FIXED)) {
            throw new StateConflictException("審査会（" + session.label() + "）は「" + session.getState().label()
                    + "」のため日程を変更できません");
        }
        checkSchedule(session.getPanel(), date, startTime, place);
        session.reschedule(date, startTime, place.strip());
        if (session.getState() == SessionState.PLANNED) {
            engine.rescheduleTimer(session.businessKey(), BoardProcess.TIMER_CUTOFF, cutoff(date));
        } else {
            engine.correlate(BoardProcess.MESSAGE_ALLOCATION_CHANGED, session.businessKey(), Map.of());
        }
        proposals.refreshOpenTasks();
        return session;
    }

    /** The allocation is fixed: the order is final and the packets are issued (idempotent). */
    @Transactional
    public BoardSession fix(Long sessionId) {
        BoardSession session = get(sessionId);
        session.fix(clock.now(), currentUser.id());
        return session;
    }

    /** The packets of this revision are issued (called by the packet job, in its transaction). */
    @Transactional
    public void packetsIssued(Long sessionId, int revision) {
        get(sessionId).packetsIssued(revision);
    }

    /**
     * 出欠. Quorum is a majority of the panel including the chair (介護保険法施行令9条); without
     * it the session can decide nothing and its cases must go to another session.
     */
    @Transactional
    public boolean recordAttendance(Long sessionId, Set<Long> presentMemberIds) {
        BoardSession session = get(sessionId);
        if (!(session.getState() == SessionState.FIXED || session.getState() == SessionState.NO_QUORUM)) {
            throw new StateConflictException("審査会（" + session.label() + "）は「" + session.getState().label()
                    + "」のため出欠を記録できません");
        }
        if (session.getSessionDate().isAfter(clock.today())) {
            throw new InvalidInputException("attendance", "開催日（" + Allocations.date(session.getSessionDate())
                    + "）より前に出欠は記録できません");
        }
        if (!session.isPacketCurrent()) {
            throw new StateConflictException("最新の割付に基づく審査会資料がまだ作成されていません。資料の作成後に出欠を記録してください");
        }
        BoardPanel panel = session.getPanel();
        Set<Long> present = presentMemberIds == null ? Set.of() : presentMemberIds;
        present.stream().filter(id -> !panel.hasMember(id)).findFirst().ifPresent(id -> {
            throw new InvalidInputException("attendance", "合議体の委員でない委員（No." + id + "）が出席者に含まれています");
        });
        for (BoardMember member : panel.members()) {
            boolean chair = panel.chair().map(c -> c.getId().equals(member.getId())).orElse(false);
            boolean isPresent = present.contains(member.getId());
            attendance.findById(new Attendance.Key(sessionId, member.getId())).ifPresentOrElse(
                    a -> a.update(isPresent, clock.now(), currentUser.id()),
                    () -> attendance.save(new Attendance(sessionId, member.getId(), chair, isPresent, clock.now(),
                            currentUser.id())));
        }
        boolean chairPresent = panel.chair().map(c -> present.contains(c.getId())).orElse(false);
        boolean quorate = chairPresent && present.size() >= panel.quorum();
        session.open(quorate, clock.now());
        if (quorate) {
            allocations.findBySessionIdOrderByPositionAsc(sessionId).forEach(a ->
                    engine.correlate(BoardProcess.MESSAGE_SESSION_OPENED, a.getCaseId(), Map.of()));
        }
        return quorate;
    }

    /** Ends a session once every case allocated to it has its result. */
    @Transactional
    public void close(Long sessionId) {
        BoardSession session = get(sessionId);
        if (session.getState() != SessionState.OPEN) {
            throw new StateConflictException("開催中でない審査会は終了できません（現在: " + session.getState().label() + "）");
        }
        List<String> pending = allocations.findBySessionIdOrderByPositionAsc(sessionId).stream()
                .map(BoardAllocation::getCaseId).filter(id -> !results.existsById(id)).toList();
        if (!pending.isEmpty()) {
            throw new StateConflictException("二次判定が未記録の案件があります: " + String.join("、", pending)
                    + "（記録するか、他の審査会へ移動してください）");
        }
        session.close(SessionState.CLOSED, clock.now(), currentUser.id());
    }

    /** 流会: a session without quorum ends once its cases have been moved to other sessions. */
    @Transactional
    public void adjourn(Long sessionId) {
        BoardSession session = get(sessionId);
        if (session.getState() != SessionState.NO_QUORUM) {
            throw new StateConflictException("流会にできるのは定足数を満たさなかった審査会だけです");
        }
        long left = allocations.countBySessionId(sessionId);
        if (left > 0) {
            throw new StateConflictException("この審査会にはまだ " + left + " 件の案件が割り付けられています。他の審査会へ移動してから流会にしてください");
        }
        session.close(SessionState.ADJOURNED, clock.now(), currentUser.id());
    }

    @Transactional(readOnly = true)
    public BoardSession get(Long sessionId) {
        return sessions.findById(sessionId)
                .orElseThrow(() -> new NotFoundException("審査会（No." + sessionId + "）は登録されていません"));
    }

    @Transactional(readOnly = true)
    public List<BoardSession> between(LocalDate from, LocalDate to) {
        return sessions.findBySessionDateBetweenOrderBySessionDateDescStartTimeDescIdDesc(from, to);
    }

    /** Sessions of the panels the member sits on, from the given day on, newest first. */
    @Transactional(readOnly = true)
    public List<BoardSession> ofMember(Long memberId, LocalDate from) {
        return sessions.findOfMemberSince(memberId, from);
    }

    @Transactional(readOnly = true)
    public List<BoardPanel> panels() {
        return panels.findAll(org.springframework.data.domain.Sort.by("name"));
    }

    @Transactional(readOnly = true)
    public List<Attendance> attendanceOf(Long sessionId) {
        return attendance.findByIdSessionId(sessionId);
    }

    private void checkSchedule(BoardPanel panel, LocalDate date, LocalTime startTime, String place) {
        List<Violation> violations = new ArrayList<>();
        if (date == null || date.isBefore(clock.today())) {
            violations.add(new Violation("sessionDate", "開催日は本日以降の日付を入力してください"));
        }
        if (startTime == null) {
            violations.add(new Violation("startTime", "開始時刻を入力してください"));
        }
        if (place == null || place.isBlank() || place.length() > 200) {
            violations.add(new Violation("place", "会場を200文字以内で入力してください"));
        }
        if (!panel.isActive()) {
            violations.add(new Violation("panelId", "合議体「" + panel.getName() + "」は現在使用されていません"));
        }
        if (date != null && !panel.outOfTermOn(date).isEmpty()) {
            violations.add(new Violation("sessionDate", "開催日に任期外の委員がいます: " + String.join("、",
                    panel.outOfTermOn(date).stream().map(BoardMember::getName).toList())));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private java.util.Date cutoff(LocalDate sessionDate) {
        return clock.startOf(sessionDate.minusDays(properties.packetLeadDays()));
    }
}
