package jp.nintei.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.nintei.application.ApplicationType;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;

/**
 * The 30-day clock with a controlled engine clock: the 延期通知 task appears when the case is
 * undecided at day 30 minus the margin (5 days in the default configuration), its reason follows
 * the open stages, and it comes back once the expected date has passed.
 */
@ProcessTest
class ExtensionNoticeProcessTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired ProcessEngine engine;
    @Autowired ManagementService management;
    @Autowired CaseDriver cases;
    @Autowired TestData data;
    @Autowired ExtensionNoticeService notices;
    @Autowired CaseHistory history;

    LocalDate received = LocalDate.of(2026, 4, 1);

    @BeforeEach
    void startOnApplicationDay() {
        AbstractAssertions.init(engine);
        setDate(received);
    }

    @Test
    void noticeTimerIsDueTwentyFiveDaysAfterTheApplication() {
        String caseId = cases.receive(data.elderly(received), ApplicationType.NEW, received);
        Job timer = noticeTimer(caseId);
        assertThat(timer.getDuedate()).isEqualTo(startOf(received.plusDays(25)));
    }

    @Test
    void noticeFiresWhenSurveyAndOpinionAreBothOutstanding() {
        String caseId = cases.receive(data.elderly(received), ApplicationType.NEW, received);
        cases.confirmIntake(caseId);

        setDate(received.plusDays(25));
        management.executeJob(noticeTimer(caseId).getId());

        var pi = cases.instance(caseId);
        assertThat(pi).isWaitingAt("Task_SendExtensionNotice", "CallActivity_Survey", "CallActivity_PhysicianOpinion");
        ExtensionNotice notice = notices.of(caseId).get(0);
        assertThat(notice.getReason()).isEqualTo(ExtensionReason.SURVEY_AND_OPINION_PENDING);
        assertThat(notice.getExpectedDecisionDate()).isEqualTo(received.plusDays(25).plusMonths(1));
        assertThat(cases.task(caseId, "Task_SendExtensionNotice")).isNotNull();
    }

    @Test
    void reasonIsTheOpinionWhenOnlyTheSurveyIsDone() {
        String caseId = cases.receive(data.elderly(received), ApplicationType.NEW, received);
        cases.confirmIntake(caseId);
        cases.completeSurvey(caseId);

        setDate(received.plusDays(25));
        management.executeJob(noticeTimer(caseId).getId());

        assertThat(notices.of(caseId).get(0).getReason()).isEqualTo(ExtensionReason.OPINION_PENDING);
    }

    @Test
    void reasonIsTheBoardAndExpectedDateTheSessionWhenAllocated() {
        String caseId = cases.receive(data.elderly(received), ApplicationType.NEW, received);
        cases.confirmIntake(caseId);
        cases.completeSurvey(caseId);
        cases.completeOpinion(caseId);
        cases.completePrimary(caseId, CareLevel.CARE_1);
        LocalDate session = received.plusDays(33);
        cases.allocateBoard(caseId, session);

        setDate(received.plusDays(25));
        management.executeJob(noticeTimer(caseId).getId());

        ExtensionNotice notice = notices.of(caseId).get(0);
        assertThat(notice.getReason()).isEqualTo(ExtensionReason.BOARD_PENDING);
        assertThat(notice.getExpectedDecisionDate()).isEqualTo(session);
    }

    @Test
    void noticeIsSentAgainWhenTheExpectedDateSlips() {
        String caseId = cases.receive(data.elderly(received), ApplicationType.NEW, received);
        cases.confirmIntake(caseId);
        setDate(received.plusDays(25));
        management.executeJob(noticeTimer(caseId).getId());
        LocalDate expected = notices.of(caseId).get(0).getExpectedDecisionDate();

        cases.approveExtensionNotice(caseId);
        var pi = cases.instance(caseId);
        assertThat(pi).isWaitingAt("Timer_ExpectedDatePassed");
        Job recheck = recheckTimer(caseId);
        assertThat(recheck.getDuedate()).isEqualTo(startOf(expected.plusDays(1)));
        assertThat(history.has(caseId, CaseEventType.EXTENSION_NOTICE_SENT)).isTrue();

        cases.completeSurvey(caseId);
        setDate(expected.plusDays(1));
        management.executeJob(recheck.getId());

        assertThat(pi).isWaitingAt("Task_SendExtensionNotice");
        var second = notices.of(caseId).get(1);
        assertThat(second.getSeq()).isEqualTo(2);
        assertThat(second.getReason()).isEqualTo(ExtensionReason.OPINION_PENDING);
        assertThat(second.getExpectedDecisionDate()).isEqualTo(expected.plusDays(1).plusMonths(1));
    }

    @Test
    void noRenoticeOnceTheCaseIsDecided() {
        String caseId = cases.receive(data.elderly(received), ApplicationType.NEW, received);
        cases.confirmIntake(caseId);
        setDate(received.plusDays(25));
        management.executeJob(noticeTimer(caseId).getId());
        cases.approveExtensionNotice(caseId);
        Job recheck = recheckTimer(caseId);

        cases.completeSurvey(caseId);
        cases.completeOpinion(caseId);
        cases.completePrimary(caseId, CareLevel.CARE_1);
        cases.allocateBoard(caseId, received.plusDays(30));
        cases.recordBoardResult(caseId, CareLevel.CARE_1, Map.of());
        cases.runDecision(caseId);

        setDate(received.plusDays(60));
        management.executeJob(recheck.getId());

        var pi = cases.instance(caseId);
        assertThat(pi).hasPassed("EndEvent_NoNoticeNeeded").isWaitingAt("CallActivity_Notification");
        assertThat(notices.of(caseId)).hasSize(1);
    }

    @Test
    void caseDecidedInTimeNeverSeesTheTimer() {
        String caseId = cases.receive(data.elderly(received), ApplicationType.NEW, received);
        cases.runToBoardResult(caseId, CareLevel.CARE_1, Map.of());

        assertThat(management.createJobQuery().processInstanceId(cases.instance(caseId).getId()).timers().count())
                .isZero();
        assertThat(notices.of(caseId)).isEmpty();
    }

    private Job noticeTimer(String caseId) {
        return cases.job(caseId, "Timer_ExtensionNoticeDue");
    }

    private Job recheckTimer(String caseId) {
        return cases.job(caseId, "Timer_ExpectedDatePassed");
    }

    private static void setDate(LocalDate date) {
        ClockUtil.setCurrentTime(Date.from(date.atTime(9, 0).atZone(TOKYO).toInstant()));
    }

    private static Date startOf(LocalDate date) {
        return Date.from(date.atStartOfDay(TOKYO).toInstant());
    }
}
