package jp.nintei.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.ApplicationType;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;

/**
 * A case walked day by day with a controlled clock: the public state and its expected date
 * follow the checkpoints, and reading "as of" a past day returns exactly what was shown then.
 */
@ProcessTest
class ProgressHistoryTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired CaseDriver cases;
    @Autowired TestData data;
    @Autowired ProgressService progress;
    @Autowired ManagementService management;
    @Autowired ApplicationService applications;

    LocalDate day0 = LocalDate.of(2026, 4, 1);

    @BeforeEach
    void applicationDay() {
        setDate(day0);
    }

    @Test
    void publicStatesFollowTheCheckpointsWithTheirExpectedDates() {
        String caseId = cases.receive(data.elderly(day0), ApplicationType.NEW, day0);
        assertCurrent(caseId, PublicState.RECEIVED, day0.plusDays(7), ExpectedBasis.REFERENCE_TARGET);

        setDate(day0.plusDays(1));
        cases.confirmIntake(caseId); // two rows: intake confirmed (day 0 + 13), then the opinion request (day 1 + 13)
        assertCurrent(caseId, PublicState.DOCUMENTS, day0.plusDays(14), ExpectedBasis.REFERENCE_TARGET);

        setDate(day0.plusDays(3));
        cases.completeSurvey(caseId);
        assertCurrent(caseId, PublicState.DOCUMENTS, day0.plusDays(14), ExpectedBasis.REFERENCE_TARGET);

        setDate(day0.plusDays(5));
        cases.completeOpinion(caseId); // both documents in on day 5: board within 12 days
        assertCurrent(caseId, PublicState.BOARD, day0.plusDays(17), ExpectedBasis.REFERENCE_TARGET);

        setDate(day0.plusDays(6));
        cases.completePrimary(caseId, CareLevel.CARE_2);
        setDate(day0.plusDays(7));
        cases.allocateBoard(caseId, day0.plusDays(20));
        assertCurrent(caseId, PublicState.BOARD, day0.plusDays(20), ExpectedBasis.SCHEDULED_SESSION);

        setDate(day0.plusDays(20));
        cases.recordBoardResult(caseId, CareLevel.CARE_2, Map.of());
        assertCurrent(caseId, PublicState.REVIEWED, day0.plusDays(30), ExpectedBasis.DECISION_DUE);
        cases.runDecision(caseId);
        assertCurrent(caseId, PublicState.DECIDED, day0.plusDays(30), ExpectedBasis.DECISION_DUE);

        setDate(day0.plusDays(21));
        cases.sendDecisionNotice(caseId);
        PublicStatusView last = progress.of(caseId).current();
        assertThat(last.state()).isEqualTo(PublicState.NOTIFIED);
        assertThat(last.expectedDate()).isNull();
        assertThat(last.text()).contains("認定結果通知書をお送りしました");

        assertThat(progress.of(caseId).timeline()).extracting(PublicStatusView::state).containsExactly(
                PublicState.RECEIVED, PublicState.DOCUMENTS, PublicState.DOCUMENTS, PublicState.BOARD, PublicState.BOARD,
                PublicState.REVIEWED, PublicState.DECIDED, PublicState.NOTIFIED);
    }

    @Test
    void asOfAPastDayReturnsWhatWasShownThenAndNothingLater() {
        String caseId = cases.receive(data.elderly(day0), ApplicationType.NEW, day0);
        setDate(day0.plusDays(1));
        cases.confirmIntake(caseId);
        setDate(day0.plusDays(3));
        cases.completeSurvey(caseId);
        setDate(day0.plusDays(5));
        cases.completeOpinion(caseId);
        cases.completePrimary(caseId, CareLevel.CARE_1);
        setDate(day0.plusDays(8));
        cases.allocateBoard(caseId, day0.plusDays(22));

        CaseProgress onDay2 = progress.asOf(caseId, endOf(day0.plusDays(2)));
        assertThat(onDay2.current().state()).isEqualTo(PublicState.DOCUMENTS);
        assertThat(onDay2.timeline()).extracting(PublicStatusView::state)
                .containsExactly(PublicState.RECEIVED, PublicState.DOCUMENTS, PublicState.DOCUMENTS);
        assertThat(checkpoint(onDay2, CaseEventType.SURVEY_COMPLETED).reached()).isFalse();
        assertThat(checkpoint(onDay2, CaseEventType.OPINION_REQUESTED).reached()).isTrue();

        CaseProgress onDay6 = progress.asOf(caseId, endOf(day0.plusDays(6)));
        assertThat(onDay6.current().state()).isEqualTo(PublicState.BOARD);
        assertThat(onDay6.current().expectedDate()).isEqualTo(day0.plusDays(17));
        assertThat(onDay6.current().expectedBasis()).isEqualTo(ExpectedBasis.REFERENCE_TARGET);
        assertThat(checkpoint(onDay6, CaseEventType.PRIMARY_DETERMINED).reached()).isTrue();
        assertThat(checkpoint(onDay6, CaseEventType.BOARD_ALLOCATED).reached()).isFalse();

        CaseProgress now = progress.of(caseId);
        assertThat(now.current().expectedDate()).isEqualTo(day0.plusDays(22));
        assertThat(now.current().expectedBasis()).isEqualTo(ExpectedBasis.SCHEDULED_SESSION);

        CaseProgress beforeApplication = progress.asOf(caseId, endOf(day0.minusDays(1)));
        assertThat(beforeApplication.current()).isNull();
        assertThat(beforeApplication.timeline()).isEmpty();
        assertThat(beforeApplication.checkpoints()).noneMatch(CaseProgress.Checkpoint::reached);
    }

    @Test
    void anExpectedDateInThePastIsReportedAsOverdue() {
        String caseId = cases.receive(data.elderly(day0), ApplicationType.NEW, day0);
        cases.confirmIntake(caseId);
        setDate(day0.plusDays(20));
        assertThat(progress.of(caseId).current().overdue()).isTrue();
        assertThat(progress.asOf(caseId, endOf(day0.plusDays(2))).current().overdue()).isFalse();
    }

    @Test
    void aSentExtensionNoticeMovesTheExpectedDecisionDate() {
        String caseId = cases.receive(data.elderly(day0), ApplicationType.NEW, day0);
        cases.confirmIntake(caseId);
        assertThat(progress.of(caseId).current().decisionExpectedDate()).isEqualTo(day0.plusDays(30));

        setDate(day0.plusDays(25));
        management.executeJob(cases.job(caseId, "Timer_ExtensionNoticeDue").getId());
        cases.complete(caseId, "Task_SendExtensionNotice", Map.of("noticeSent", true));

        PublicStatusView current = progress.of(caseId).current();
        assertThat(current.state()).isEqualTo(PublicState.DOCUMENTS);
        assertThat(current.decisionExpectedDate()).isEqualTo(day0.plusDays(25).plusMonths(1));
        assertThat(current.decisionExpectedBasis()).isEqualTo(ExpectedBasis.EXTENSION_NOTICE);
    }

    @Test
    void withdrawalEndsTheCaseWithoutAnExpectedDate() {
        String caseId = cases.receive(data.elderly(day0), ApplicationType.NEW, day0);
        cases.confirmIntake(caseId);
        setDate(day0.plusDays(2));
        applications.requestWithdrawal(caseId, "入院のため");
        management.executeJob(cases.job(caseId, "Task_RecordWithdrawal").getId());
        PublicStatusView current = progress.of(caseId).current();
        assertThat(current.state()).isEqualTo(PublicState.WITHDRAWN);
        assertThat(current.expectedDate()).isNull();
        assertThat(current.overdue()).isFalse();
    }

    private void assertCurrent(String caseId, PublicState state, LocalDate expected, ExpectedBasis basis) {
        PublicStatusView current = progress.of(caseId).current();
        assertThat(current.state()).isEqualTo(state);
        assertThat(current.expectedDate()).isEqualTo(expected);
        assertThat(current.expectedBasis()).isEqualTo(basis);
        assertThat(current.text()).isEqualTo(state.text());
    }

    private static CaseProgress.Checkpoint checkpoint(CaseProgress p, CaseEventType type) {
        return p.checkpoints().stream().filter(c -> c.type() == type).findFirst().orElseThrow();
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(TOKYO).toInstant().minusMillis(1);
    }

    private static void setDate(LocalDate date) {
        ClockUtil.setCurrentTime(Date.from(date.atTime(9, 0).atZone(TOKYO).toInstant()));
    }
}
