package jp.nintei.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.nintei.application.ApplicantKind;
import jp.nintei.application.ApplicationType;
import jp.nintei.application.IntakeRequest;
import jp.nintei.application.IntakeService;
import jp.nintei.board.member.BoardMember;
import jp.nintei.board.member.MemberField;
import jp.nintei.board.member.MemberRegistration.Relative;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.office.OfficeKind;
import jp.nintei.office.OfficeRegistry;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.support.BoardDriver;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;

/**
 * 審査会への割付 in board-review.bpmn: the proposal (earliest session with room, no recusal,
 * within the 30-day deadline), the reasons shown for every session that is not possible, and
 * the refusal of such a session. Each test runs in its own month so other tests' sessions do
 * not compete.
 */
@ProcessTest
class BoardAllocationProcessTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired ProcessEngine engine;
    @Autowired TaskService tasks;
    @Autowired CaseDriver cases;
    @Autowired BoardDriver board;
    @Autowired TestData data;
    @Autowired IntakeService intake;
    @Autowired OfficeRegistry offices;
    @Autowired Allocations allocations;
    @Autowired CaseHistory history;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @Test
    void recusedSessionsAreNeverProposedAndTheFormSaysWhy() {
        LocalDate today = setDate(LocalDate.of(2031, 2, 3));
        String officeNumber = "13" + TestData.uniqueNumber().substring(2);
        offices.save(officeNumber, "すみれ居宅介護支援事業所", OfficeKind.CARE_PLAN_OFFICE, null, null);
        InsuredPerson person = data.elderly(today);
        String caseId = proxyApplication(person, officeNumber, today);
        readyForAllocation(caseId);

        String unique = TestData.uniqueNumber();
        BoardMember employee = board.member("emp" + unique, "勤務 委員", MemberField.WELFARE, officeNumber, null, List.of());
        BoardMember relative = board.member("rel" + unique, "親族 委員", MemberField.HEALTH, null, null,
                List.of(new Relative(person.getInsuredNumber(), "長男")));
        BoardMember surveyor = board.member("sur" + unique, "調査 委員", MemberField.MEDICAL, null, CaseDriver.SURVEYOR, List.of());
        BoardSession byOffice = board.session(board.panel("除斥A" + unique, employee), today.plusDays(5));
        BoardSession byRelative = board.session(board.panel("除斥B" + unique, relative), today.plusDays(6));
        BoardSession bySurvey = board.session(board.panel("除斥C" + unique, surveyor), today.plusDays(7));
        BoardSession free = board.session(board.panel("可" + unique), today.plusDays(12));

        var proposal = allocations.propose(caseId);
        assertThat(proposal.proposed()).get().extracting(o -> o.session().getId()).isEqualTo(free.getId());
        assertThat(option(proposal, byOffice).obstacles()).singleElement().asString()
                .contains("勤務 委員", "所属事業所（すみれ居宅介護支援事業所）の利用者", "代理申請");
        assertThat(option(proposal, byRelative).obstacles()).singleElement().asString().contains("親族 委員", "親族（長男）");
        assertThat(option(proposal, bySurvey).obstacles()).singleElement().asString().contains("調査 委員", "認定調査を行った調査員");

        var task = cases.task(caseId, "Task_AllocateSession");
        tasks.claim(task.getId(), data.user("board.secretariat", jp.nintei.security.Roles.BOARD_SECRETARIAT));
        String advice = (String) tasks.getVariable(task.getId(), "allocationAdvice");
        assertThat(advice).contains("提案: **No." + free.getId(), "No." + byOffice.getId(), "割付不可", "除斥", "親族（長男）");
        assertThat(tasks.getVariable(task.getId(), "sessionNumber")).isEqualTo(free.getId());

        assertThatThrownBy(() -> cases.complete(caseId, "Task_AllocateSession", Map.of("sessionNumber", byRelative.getId())))
                .hasMessageContaining("割り付けられません").hasMessageContaining("親族（長男）");
        assertThat(allocations.of(caseId)).isEmpty();

        cases.complete(caseId, "Task_AllocateSession", Map.of("sessionNumber", free.getId()));
        assertThat(allocations.of(caseId)).get().extracting(a -> a.getSession().getId()).isEqualTo(free.getId());
        assertThat(cases.instance(caseId)).isWaitingAt("CallActivity_BoardReview");
        assertThat(history.of(caseId)).extracting(e -> e.getEventType())
                .containsSubsequence(CaseEventType.MASKING_COMPLETED, CaseEventType.BOARD_ALLOCATED);
    }

    @Test
    void proposalPrefersASessionWithinTheDeadlineAndSkipsFullAndRenewalOnlySessions() {
        LocalDate today = setDate(LocalDate.of(2031, 5, 6));
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        readyForAllocation(caseId);
        String unique = TestData.uniqueNumber();
        BoardPanel panel = board.panel("期限" + unique);
        BoardSession full = board.sessions().schedule(panel.getId(), today.plusDays(3), java.time.LocalTime.of(10, 0), "会議室", 1);
        String other = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(other);
        readyForAllocation(other);
        cases.complete(other, "Task_AllocateSession", Map.of("sessionNumber", full.getId()));
        BoardSession renewalOnly = board.session(board.renewalPanel("更新" + unique), today.plusDays(4));
        BoardSession late = board.session(panel, today.plusDays(40));
        BoardSession inTime = board.session(panel, today.plusDays(20));

        var proposal = allocations.propose(caseId);
        assertThat(proposal.proposed()).get().extracting(o -> o.session().getId()).isEqualTo(inTime.getId());
        assertThat(option(proposal, full).obstacles()).singleElement().asString().contains("定員（1件）");
        assertThat(option(proposal, renewalOnly).obstacles()).singleElement().asString().contains("更新申請のみ");
        assertThat(option(proposal, late).withinDeadline()).isFalse();

        allocations.move(other, inTime.getId());
        assertThat(allocations.propose(caseId).proposed()).as("room again in the earliest session")
                .get().extracting(o -> o.session().getId()).isEqualTo(full.getId());
    }

    @Test
    void withoutASessionBeforeTheDeadlineTheProposalWarnsThatANoticeIsNeeded() {
        LocalDate today = setDate(LocalDate.of(2031, 8, 4));
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        readyForAllocation(caseId);
        BoardSession late = board.session(board.panel("遅延" + TestData.uniqueNumber()), today.plusDays(35));

        var proposal = allocations.propose(caseId);
        assertThat(proposal.proposed()).get().extracting(o -> o.session().getId()).isEqualTo(late.getId());
        assertThat(proposal.advice()).contains("延期通知が必要です");
    }

    /** A year of planned sessions: the form lists the earliest ones and says how many more exist. */
    @Test
    void manySessionsAreListedShortlyEnoughForTheTaskVariable() {
        LocalDate today = setDate(LocalDate.of(2032, 1, 5));
        BoardPanel panel = board.panel("年間" + TestData.uniqueNumber());
        for (int week = 1; week <= 60; week++) {
            board.session(panel, today.plusWeeks(week));
        }
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        readyForAllocation(caseId);

        String advice = (String) tasks.getVariable(cases.task(caseId, "Task_AllocateSession").getId(), "allocationAdvice");
        assertThat(advice).hasSizeLessThan(4_000).contains("提案: **No.")
                .containsPattern("ほか [0-9]+ 回");
        assertThat(advice.lines().filter(l -> l.startsWith("- No."))).hasSize(AllocationAdvice.MAX_LISTED);
    }

    private String proxyApplication(InsuredPerson person, String officeNumber, LocalDate day) {
        String caseId = intake.receive(new IntakeRequest(person.getInsuredNumber(), ApplicationType.NEW, day,
                ApplicantKind.CARE_MANAGER_OFFICE, "代理 担当", "すみれ居宅介護支援事業所", officeNumber, true, null,
                "主治医 一郎", "テスト病院")).getCaseId();
        cases.confirmIntake(caseId);
        return caseId;
    }

    private void readyForAllocation(String caseId) {
        cases.completeSurvey(caseId);
        cases.completeOpinion(caseId);
        cases.completePrimary(caseId, CareLevel.CARE_1);
        cases.complete(caseId, "Task_ReviewMasking", Map.of());
    }

    private static Allocations.SessionOption option(Allocations.Proposal proposal, BoardSession session) {
        return proposal.options().stream().filter(o -> o.session().getId().equals(session.getId())).findFirst().orElseThrow();
    }

    private static LocalDate setDate(LocalDate date) {
        ClockUtil.setCurrentTime(Date.from(date.atTime(9, 0).atZone(TOKYO).toInstant()));
        return date;
    }
}
