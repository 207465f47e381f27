package jp.nintei.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.ApplicationType;
import jp.nintei.board.member.BoardMember;
import jp.nintei.board.packet.BoardPackets;
import jp.nintei.board.packet.PacketCopy;
import jp.nintei.board.packet.PacketView.Edition;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.outbox.OutboxDispatcher;
import jp.nintei.support.BoardDriver;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.RecordingMailTransport;
import jp.nintei.support.TestData;
import jp.nintei.web.StateConflictException;

/**
 * board-session.bpmn with board-review.bpmn: fixing (by the secretariat or at the cut-off),
 * packets re-issued on every change with the members told again, quorum, and results.
 */
@ProcessTest
class BoardSessionProcessTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired CaseDriver cases;
    @Autowired BoardDriver board;
    @Autowired TestData data;
    @Autowired BoardSessions sessions;
    @Autowired Allocations allocations;
    @Autowired BoardService results;
    @Autowired BoardPackets packets;
    @Autowired BoardKpis kpis;
    @Autowired ApplicationService applications;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired RecordingMailTransport mail;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @Test
    void packetsAreIssuedWhenFixedAndIssuedAgainWhenACaseIsAddedOrMovedAway() {
        LocalDate today = setDate(LocalDate.of(2032, 1, 5));
        BoardPanel panel = board.panel("再作成" + TestData.uniqueNumber());
        BoardSession session = board.session(panel, today.plusDays(10));
        BoardSession later = board.session(panel, today.plusDays(14));
        String first = allocatedCase(session, today, CareLevel.CARE_1);

        board.fix(session.getId());
        int fixedRevision = sessions.get(session.getId()).getPacketRevision();
        assertThat(sessions.get(session.getId()).getState()).isEqualTo(SessionState.FIXED);
        assertThat(packets.copiesOf(session.getId(), fixedRevision)).hasSize(6)
                .allSatisfy(c -> assertThat(c.getCaseIds()).containsExactly(first))
                .filteredOn(c -> c.getEdition() == Edition.MEMBER).hasSize(5);
        assertThat(board.task(session.getId(), "Task_RecordAttendance")).isNotNull();
        BoardMember chair = panel.chair().orElseThrow();
        dispatcher.runOnce();
        assertThat(mail.to(chair.getEmail())).singleElement().satisfies(m -> {
            assertThat(m.message().subject()).contains("第" + session.getId() + "回", "掲載しました");
            assertThat(m.message().text()).contains("/board/sessions/" + session.getId(), "SHA-256",
                    packets.memberCopy(session.getId(), chair.getId()).orElseThrow().getSha256()).doesNotContain(first);
        });

        String second = allocatedCase(session, today, CareLevel.CARE_2);
        assertThat(management.createJobQuery().processInstanceId(sessionProcess(session).getId())
                .activityId("Task_ReissuePackets").count()).isEqualTo(1);
        board.runJobs(session.getId());
        int addedRevision = sessions.get(session.getId()).getPacketRevision();
        assertThat(addedRevision).isGreaterThan(fixedRevision);
        assertThat(packets.memberCopy(session.getId(), chair.getId())).get()
                .satisfies(c -> assertThat(c.getCaseIds()).containsExactly(first, second));
        assertThat(packets.issue(session.getId())).as("a retried job issues nothing new")
                .extracting(PacketCopy::getId).containsExactlyElementsOf(
                        packets.copiesOf(session.getId(), addedRevision).stream().map(PacketCopy::getId).toList());
        dispatcher.runOnce();
        assertThat(mail.to(chair.getEmail())).hasSize(2).last()
                .satisfies(m -> assertThat(m.message().subject()).contains("差し替えました（第" + addedRevision + "版）"));

        allocations.move(first, later.getId());
        board.runJobs(session.getId());
        assertThat(packets.secretariatCopy(session.getId())).get()
                .satisfies(c -> assertThat(c.getCaseIds()).containsExactly(second));
        assertThat(packets.copiesOf(later.getId())).as("the later session is not fixed yet").isEmpty();
        assertThat(allocations.of(first)).get().extracting(a -> a.getPosition()).isEqualTo(1);
    }

    @Test
    void theCutOffTimerFixesTheAllocationAndARescheduleMovesIt() {
        LocalDate today = setDate(LocalDate.of(2032, 3, 1));
        BoardSession session = board.session(board.panel("締切" + TestData.uniqueNumber()), today.plusDays(10));
        allocatedCase(session, today, CareLevel.CARE_1);
        var timer = cutoffTimer(session);
        assertThat(timer.getDuedate()).isEqualTo(startOf(today.plusDays(3)));

        sessions.reschedule(session.getId(), today.plusDays(20), LocalTime.of(10, 0), "別館 会議室");
        assertThat(cutoffTimer(session).getDuedate()).isEqualTo(startOf(today.plusDays(13)));
        assertThat(board.task(session.getId(), "Task_FixAllocation").getDueDate()).isEqualTo(startOf(today.plusDays(13)));

        setDate(today.plusDays(13));
        management.executeJob(cutoffTimer(session).getId());
        board.runJobs(session.getId());
        assertThat(sessionProcess(session)).hasPassed("Timer_AllocationCutoff", "Task_IssuePackets", "Task_NotifyMembers")
                .isWaitingAt("Task_RecordAttendance");
        assertThat(sessions.get(session.getId()).getState()).isEqualTo(SessionState.FIXED);
        assertThat(packets.secretariatCopy(session.getId())).isPresent();
    }

    @Test
    void aSessionWithoutQuorumCannotDecideAndIsAdjournedOnceItsCasesAreMoved() {
        LocalDate today = setDate(LocalDate.of(2032, 5, 10));
        BoardPanel panel = board.panel("定足数" + TestData.uniqueNumber());
        BoardSession session = board.session(panel, today);
        BoardSession next = board.session(panel, today.plusDays(7));
        String caseId = allocatedCase(session, today, CareLevel.CARE_1);
        ProcessInstance process = sessionProcess(session);
        board.fix(session.getId());

        board.attend(session.getId(), 2, 3, 4);
        assertThat(sessions.get(session.getId()).getState()).as("three of five, but not the chair").isEqualTo(SessionState.NO_QUORUM);
        assertThat(process).isWaitingAt("Task_HandleNoQuorum");
        assertThat(caseProcess(caseId)).isWaitingAt("Event_SessionOpened");
        assertThatThrownBy(() -> results.recordResult(caseId, new BoardResult(CareLevel.CARE_1, null, null, null, null, null)))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("定足数");

        board.complete(session.getId(), "Task_HandleNoQuorum", Map.of("noQuorumAction", "retry"));
        board.attend(session.getId(), 1, 2);
        assertThat(sessions.get(session.getId()).getState()).as("the chair and one of five").isEqualTo(SessionState.NO_QUORUM);

        assertThatThrownBy(() -> board.complete(session.getId(), "Task_HandleNoQuorum", Map.of("noQuorumAction", "adjourn")))
                .hasMessageContaining("1 件の案件");
        allocations.move(caseId, next.getId());
        board.runJobs(session.getId());
        board.complete(session.getId(), "Task_HandleNoQuorum", Map.of("noQuorumAction", "adjourn"));
        assertThat(process).isEnded().hasPassed("EndEvent_Adjourned");
        assertThat(sessions.get(session.getId()).getState()).isEqualTo(SessionState.ADJOURNED);
        assertThat(results.sessionDateOf(caseId)).contains(today.plusDays(7));
    }

    @Test
    void theChairAndOneMoreAreAQuorumOfAThreeMemberRenewalPanel() {
        LocalDate today = setDate(LocalDate.of(2032, 6, 7));
        BoardSession session = board.session(board.renewalPanel("更新定足数" + TestData.uniqueNumber()), today);
        var person = data.elderly(today);
        data.certify(person, CareLevel.CARE_1, today.minusMonths(11).withDayOfMonth(1), today.plusMonths(1).withDayOfMonth(1).minusDays(1));
        String caseId = cases.receive(person, ApplicationType.RENEWAL, today);
        toAllocation(caseId, CareLevel.CARE_1);
        cases.complete(caseId, "Task_AllocateSession", Map.of("sessionNumber", session.getId()));
        board.fix(session.getId());
        board.attend(session.getId(), 1, 3);
        assertThat(sessions.get(session.getId()).getState()).isEqualTo(SessionState.OPEN);
        assertThat(caseProcess(caseId)).isWaitingAt("Task_RecordBoardResult");
    }

    @Test
    void aLevelOtherThanThePrimaryOneNeedsAReasonCodeAndCountsForTheChangeRate() {
        LocalDate today = setDate(LocalDate.of(2032, 7, 12));
        BoardSession session = board.session(board.panel("変更" + TestData.uniqueNumber()), today);
        String raised = allocatedCase(session, today, CareLevel.CARE_1);
        String confirmed = allocatedCase(session, today, CareLevel.CARE_1);
        String lowered = allocatedCase(session, today, CareLevel.CARE_1);
        ProcessInstance process = sessionProcess(session);
        board.fix(session.getId());
        board.attend(session.getId(), 1, 2, 3, 4, 5);
        assertThat(caseProcess(raised)).isWaitingAt("Task_RecordBoardResult");

        assertThatThrownBy(() -> cases.complete(raised, "Task_RecordBoardResult", Map.of("boardCareLevel", "CARE_2")))
                .hasMessageContaining("一次判定（要介護1）から変更する場合は変更理由を選択してください");
        assertThatThrownBy(() -> cases.complete(raised, "Task_RecordBoardResult",
                Map.of("boardCareLevel", "CARE_2", "changeReasonCode", "OTHER"))).hasMessageContaining("具体的に");
        cases.complete(raised, "Task_RecordBoardResult", Map.of("boardCareLevel", "CARE_2",
                "changeReasonCode", "DEMENTIA_CARE", "changeReason", "夜間の徘徊への見守りに手間がかかる"));
        cases.complete(confirmed, "Task_RecordBoardResult", Map.of("boardCareLevel", "CARE_1"));
        assertThatThrownBy(() -> board.complete(session.getId(), "Task_CloseSession", Map.of("sessionClosed", true)))
                .hasMessageContaining(lowered);
        cases.complete(lowered, "Task_RecordBoardResult", Map.of("boardCareLevel", "SUPPORT_2",
                "changeReasonCode", "STATE_STABILITY"));

        var up = results.resultOf(raised).orElseThrow();
        assertThat(up.getChangeDirection()).isEqualTo(ChangeDirection.UP);
        assertThat(up.getChangeReasonCode()).isEqualTo(ChangeReason.DEMENTIA_CARE);
        assertThat(up.getChangeReason()).isEqualTo("認知症の症状・行動に伴う介護の手間：夜間の徘徊への見守りに手間がかかる");
        assertThat(up.getSessionId()).isEqualTo(session.getId());
        assertThat(results.resultOf(lowered).orElseThrow().getChangeDirection()).isEqualTo(ChangeDirection.DOWN);
        var rate = kpis.changeRate(today, today);
        assertThat(rate.decided()).isEqualTo(3);
        assertThat(rate.raised()).isEqualTo(1);
        assertThat(rate.lowered()).isEqualTo(1);
        assertThat(rate.changeRatePercent()).isEqualByComparingTo("66.7");

        board.complete(session.getId(), "Task_CloseSession", Map.of("sessionClosed", true));
        assertThat(process).isEnded().hasPassed("EndEvent_SessionClosed");
        assertThat(cases.instance(raised)).isWaitingAt("CallActivity_Decision");
    }

    @Test
    void aWithdrawnCaseLeavesItsFixedSessionAndThePacketsAreIssuedAgain() {
        LocalDate today = setDate(LocalDate.of(2032, 9, 6));
        BoardSession session = board.session(board.panel("取下げ" + TestData.uniqueNumber()), today.plusDays(9));
        String caseId = allocatedCase(session, today, CareLevel.CARE_1);
        board.fix(session.getId());
        int before = sessions.get(session.getId()).getPacketRevision();

        applications.requestWithdrawal(caseId, "入院のため");
        management.executeJob(cases.job(caseId, "Task_RecordWithdrawal").getId());
        board.runJobs(session.getId());

        assertThat(allocations.of(caseId)).isEmpty();
        assertThat(sessions.get(session.getId()).getPacketRevision()).isGreaterThan(before);
        assertThat(packets.secretariatCopy(session.getId())).get().satisfies(c -> assertThat(c.getCaseIds()).isEmpty());
    }

    private String allocatedCase(BoardSession session, LocalDate today, CareLevel primary) {
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        toAllocation(caseId, primary);
        cases.complete(caseId, "Task_AllocateSession", Map.of("sessionNumber", session.getId()));
        return caseId;
    }

    private void toAllocation(String caseId, CareLevel primary) {
        cases.confirmIntake(caseId);
        cases.completeSurvey(caseId);
        cases.completeOpinion(caseId);
        cases.completePrimary(caseId, primary);
        cases.complete(caseId, "Task_ReviewMasking", Map.of());
    }

    /** The running session process; keep it to assert on it after it has ended. */
    private ProcessInstance sessionProcess(BoardSession session) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(session.businessKey()).singleResult();
    }

    private ProcessInstance caseProcess(String caseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("board-review").processInstanceBusinessKey(caseId)
                .singleResult();
    }

    private org.camunda.bpm.engine.runtime.Job cutoffTimer(BoardSession session) {
        var pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(session.businessKey()).singleResult();
        return management.createJobQuery().processInstanceId(pi.getId()).activityId("Timer_AllocationCutoff").singleResult();
    }

    private static LocalDate setDate(LocalDate date) {
        ClockUtil.setCurrentTime(Date.from(date.atTime(9, 0).atZone(TOKYO).toInstant()));
        return date;
    }

    private static Date startOf(LocalDate date) {
        return Date.from(date.atStartOfDay(TOKYO).toInstant());
    }
}
