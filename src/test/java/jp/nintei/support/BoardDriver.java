package jp.nintei.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import jp.nintei.board.Allocations;
import jp.nintei.board.BoardPanel;
import jp.nintei.board.BoardSession;
import jp.nintei.board.BoardSessions;
import jp.nintei.board.SessionState;
import jp.nintei.board.member.BoardMember;
import jp.nintei.board.member.BoardMembers;
import jp.nintei.board.member.MemberField;
import jp.nintei.board.member.MemberRegistration;
import jp.nintei.time.BusinessClock;

/**
 * Runs the review board's session side as the secretariat would: a panel of five, a session on
 * a date, fixing the allocation, the packet and notice jobs, the attendance. CaseDriver uses it
 * for its board steps; board tests use it to set up panels with recusal data.
 */
@Component
public class BoardDriver {

    public static final String PASSWORD = "board-test-password";
    static final String PANEL = "テスト合議体";

    private final BoardMembers members;
    private final BoardSessions sessions;
    private final Allocations allocations;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final BusinessClock clock;

    BoardDriver(BoardMembers members, BoardSessions sessions, Allocations allocations, RuntimeService runtime,
            TaskService tasks, ManagementService management, BusinessClock clock) {
        this.members = members;
        this.sessions = sessions;
        this.allocations = allocations;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.clock = clock;
    }

    /** A member with a portal password and a mail address; the login id is made unique by the caller. */
    public BoardMember member(String loginId, String name, MemberField field, String officeNumber,
            String surveyorUserId, List<MemberRegistration.Relative> relatives) {
        return member(loginId, name, field, officeNumber, surveyorUserId, relatives, loginId + "@board.example.jp");
    }

    private BoardMember member(String loginId, String name, MemberField field, String officeNumber,
            String surveyorUserId, List<MemberRegistration.Relative> relatives, String email) {
        BoardMember member = members.register(new MemberRegistration(loginId, name, null, field, null, officeNumber,
                surveyorUserId, email, LocalDate.of(2000, 4, 1), LocalDate.of(2099, 3, 31), true, relatives));
        members.setPassword(loginId, PASSWORD);
        return member;
    }

    /** Five new members (保健・医療・福祉), the first the chair; the extra members replace the last seats. */
    public BoardPanel panel(String name, BoardMember... extra) {
        String prefix = "b" + TestData.uniqueNumber() + "-";
        List<BoardMember> seats = new java.util.ArrayList<>(List.of(
                member(prefix + "chair", "議長 " + name, MemberField.MEDICAL, null, null, List.of()),
                member(prefix + "health", "保健 " + name, MemberField.HEALTH, null, null, List.of()),
                member(prefix + "welfare", "福祉 " + name, MemberField.WELFARE, null, null, List.of()),
                member(prefix + "medical", "医療 " + name, MemberField.MEDICAL, null, null, List.of()),
                member(prefix + "health2", "保健二 " + name, MemberField.HEALTH, null, null, List.of())));
        for (int i = 0; i < extra.length; i++) {
            seats.set(seats.size() - 1 - i, extra[i]);
        }
        return sessions.savePanel(name, seats.stream().map(BoardMember::getLoginId).toList(), seats.get(0).getLoginId());
    }

    /** Three new members, one per field: a panel that may only review renewals. */
    public BoardPanel renewalPanel(String name) {
        String prefix = "r" + TestData.uniqueNumber() + "-";
        List<BoardMember> seats = List.of(
                member(prefix + "chair", "議長 " + name, MemberField.MEDICAL, null, null, List.of()),
                member(prefix + "health", "保健 " + name, MemberField.HEALTH, null, null, List.of()),
                member(prefix + "welfare", "福祉 " + name, MemberField.WELFARE, null, null, List.of()));
        return sessions.savePanel(name, seats.stream().map(BoardMember::getLoginId).toList(), seats.get(0).getLoginId());
    }

    public BoardSessions sessions() {
        return sessions;
    }

    /**
     * The panel CaseDriver uses: created once, no recusal data, and no mail addresses, so that
     * scenario tests of other stages find no board mail in the outbox.
     */
    public BoardPanel defaultPanel() {
        return sessions.panels().stream().filter(p -> p.getName().equals(PANEL)).findFirst().orElseGet(() -> {
            String prefix = "d" + TestData.uniqueNumber() + "-";
            List<BoardMember> seats = List.of(
                    member(prefix + "chair", "議長 既定", MemberField.MEDICAL, null, null, List.of(), null),
                    member(prefix + "health", "保健 既定", MemberField.HEALTH, null, null, List.of(), null),
                    member(prefix + "welfare", "福祉 既定", MemberField.WELFARE, null, null, List.of(), null),
                    member(prefix + "medical", "医療 既定", MemberField.MEDICAL, null, null, List.of(), null),
                    member(prefix + "health2", "保健二 既定", MemberField.HEALTH, null, null, List.of(), null));
            return sessions.savePanel(PANEL, seats.stream().map(BoardMember::getLoginId).toList(), seats.get(0).getLoginId());
        });
    }

    public BoardSession session(BoardPanel panel, LocalDate date) {
        return sessions.schedule(panel.getId(), date, LocalTime.of(13, 30), "テスト庁舎 第1会議室", 30);
    }

    /** The open task of the session's process at the activity, or null. */
    public Task task(Long sessionId, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(BoardSession.businessKey(sessionId))
                .taskDefinitionKey(taskKey).singleResult();
    }

    public void complete(Long sessionId, String taskKey, Map<String, Object> variables) {
        Task task = task(sessionId, taskKey);
        if (task == null) {
            throw new AssertionError("no task " + taskKey + " for session " + sessionId);
        }
        tasks.complete(task.getId(), new HashMap<>(variables));
    }

    /** The secretariat fixes the allocation; the packet and notice jobs run as the job executor would. */
    public void fix(Long sessionId) {
        complete(sessionId, "Task_FixAllocation", Map.of("allocationConfirmed", true));
        runJobs(sessionId);
    }

    /** Runs the session's asynchronous jobs (packets, notices, re-issues) until none is left. */
    public void runJobs(Long sessionId) {
        for (int i = 0; i < 20; i++) {
            List<Job> pending = jobs(sessionId);
            if (pending.isEmpty()) {
                return;
            }
            management.executeJob(pending.get(0).getId());
        }
        throw new AssertionError("session " + sessionId + " keeps creating jobs");
    }

    /** The session's asynchronous continuations (not its timers). */
    public List<Job> jobs(Long sessionId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(BoardSession.businessKey(sessionId)).list()
                .stream().flatMap(pi -> management.createJobQuery().processInstanceId(pi.getId()).messages().list().stream())
                .toList();
    }

    /** Records the attendance as the form submits it: the given seats (1-based) present, the others absent. */
    public void attend(Long sessionId, int... seats) {
        Map<String, Object> variables = new HashMap<>();
        for (int seat = 1; seat <= BoardPanel.FULL_SIZE; seat++) {
            variables.put("seat" + seat + "Present", false);
        }
        for (int seat : seats) {
            variables.put("seat" + seat + "Present", true);
        }
        complete(sessionId, "Task_RecordAttendance", variables);
    }

    /**
     * Brings the case's session to the point where results may be recorded, as on the day of the
     * session: a session still ahead is moved to today, fixed, its packets issued, all present.
     */
    public void openSessionOf(String caseId) {
        BoardSession session = allocations.of(caseId).orElseThrow(
                () -> new AssertionError("case " + caseId + " is not allocated")).getSession();
        Long id = session.getId();
        if (session.getState() == SessionState.OPEN) {
            return;
        }
        if (session.getSessionDate().isAfter(clock.today())) {
            sessions.reschedule(id, clock.today(), session.getStartTime(), session.getPlace());
        }
        if (sessions.get(id).getState() == SessionState.PLANNED) {
            fix(id);
        }
        runJobs(id);
        attend(id, 1, 2, 3, 4, 5);
    }
}
