package jp.nintei.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.nintei.carelevel.CareLevel;
import jp.nintei.decision.CertificationDecisionService;
import jp.nintei.insured.CertificateRepository;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/** One scenario per application type and per ending of certification.bpmn. */
@ProcessTest
class CertificationProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired HistoryService historyService;
    @Autowired CaseDriver cases;
    @Autowired TestData data;
    @Autowired ApplicationService applications;
    @Autowired CertificationDecisionService decisions;
    @Autowired CertificateRepository certificates;
    @Autowired CaseHistory history;
    @Autowired BusinessClock clock;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @Test
    void newApplicationRunsFromIntakeToNotifiedDecision() {
        LocalDate received = clock.today().minusDays(3);
        InsuredPerson person = data.elderly(received);
        String caseId = cases.receive(person, ApplicationType.NEW, received);
        var pi = cases.instance(caseId);

        assertThat(pi).isWaitingAt("Task_ConfirmIntake");
        cases.confirmIntake(caseId);
        assertThat(pi).isWaitingAt("CallActivity_Survey", "CallActivity_PhysicianOpinion");
        assertThat(calledProcessInstance("survey")).isWaitingAt("Task_AssignSurveyor");

        cases.completeSurvey(caseId);
        cases.completeOpinion(caseId);
        assertThat(pi).hasPassed("Gateway_JoinStages").isWaitingAt("CallActivity_PrimaryDetermination");
        cases.completePrimary(caseId, CareLevel.CARE_2);
        cases.allocateBoard(caseId, clock.today().plusDays(7));
        cases.recordBoardResult(caseId, CareLevel.CARE_2, Map.of());
        assertThat(pi).isWaitingAt("CallActivity_Decision");

        cases.runDecision(caseId);
        assertThat(pi).isWaitingAt("CallActivity_Notification");
        var decision = decisions.of(caseId).orElseThrow();
        assertThat(decision.getCareLevel()).isEqualTo(CareLevel.CARE_2);
        assertThat(decision.getValidFrom()).isEqualTo(received);
        assertThat(decision.getValidityMonths()).isEqualTo(6);
        assertThat(certificates.findCurrent(person, clock.today())).get()
                .extracting(c -> c.getCareLevel()).isEqualTo(CareLevel.CARE_2);

        cases.sendDecisionNotice(caseId);
        assertThat(pi).isEnded().hasPassed("EndEvent_Notified");
        assertThat(applications.get(caseId).getState()).isEqualTo(ApplicationState.NOTIFIED);
        assertThat(history.of(caseId)).extracting(e -> e.getEventType()).containsSubsequence(
                CaseEventType.APPLICATION_RECEIVED, CaseEventType.INTAKE_CONFIRMED, CaseEventType.PRIMARY_DETERMINED,
                CaseEventType.BOARD_ALLOCATED, CaseEventType.BOARD_HELD, CaseEventType.DECIDED, CaseEventType.NOTIFIED);
    }

    @Test
    void renewalStartsTheDayAfterThePreviousValidityAndDefaultsToTwelveMonths() {
        LocalDate today = clock.today();
        InsuredPerson person = data.elderly(today);
        LocalDate previousEnd = today.plusMonths(1).withDayOfMonth(1).plusMonths(1).minusDays(1);
        data.certify(person, CareLevel.CARE_1, previousEnd.minusYears(1).plusDays(1), previousEnd);

        String caseId = cases.receive(person, ApplicationType.RENEWAL, today);
        cases.runToBoardResult(caseId, CareLevel.CARE_1, Map.of());
        cases.runDecision(caseId);

        var decision = decisions.of(caseId).orElseThrow();
        assertThat(decision.getValidFrom()).isEqualTo(previousEnd.plusDays(1));
        assertThat(decision.getValidTo()).isEqualTo(previousEnd.plusDays(1).plusMonths(12).minusDays(1));
        assertThat(cases.instance(caseId)).isWaitingAt("CallActivity_Notification");
    }

    @Test
    void changeApplicationTakesEffectFromTheApplicationDate() {
        LocalDate today = clock.today();
        InsuredPerson person = data.elderly(today);
        data.certify(person, CareLevel.SUPPORT_2, today.minusMonths(3).withDayOfMonth(1), today.plusMonths(9));
        String caseId = cases.receive(person, ApplicationType.CHANGE, today.minusDays(1));
        cases.runToBoardResult(caseId, CareLevel.CARE_3, Map.of("validityMonths", 12L));
        cases.runDecision(caseId);

        var decision = decisions.of(caseId).orElseThrow();
        assertThat(decision.getValidFrom()).isEqualTo(today.minusDays(1));
        assertThat(decision.getValidityMonths()).isEqualTo(12);
        assertThat(certificates.findCurrent(person, today)).get()
                .extracting(c -> c.getCareLevel()).isEqualTo(CareLevel.CARE_3);
    }

    @Test
    void exOfficioChangeStartsOnTheDecisionDate() {
        LocalDate today = clock.today();
        InsuredPerson person = data.elderly(today);
        data.certify(person, CareLevel.CARE_1, today.minusMonths(3).withDayOfMonth(1), today.plusMonths(9));
        String caseId = cases.receive(person, ApplicationType.EX_OFFICIO, today);
        cases.runToBoardResult(caseId, CareLevel.CARE_2, Map.of());
        cases.runDecision(caseId);

        assertThat(decisions.of(caseId).orElseThrow().getValidFrom()).isEqualTo(today);
    }

    @Test
    void nonApplicableDecisionGrantsNoCertificateAndKeepsTheReason() {
        LocalDate today = clock.today();
        InsuredPerson person = data.elderly(today);
        String caseId = cases.receive(person, ApplicationType.NEW, today);
        cases.runToBoardResult(caseId, CareLevel.NOT_APPLICABLE,
                Map.of("nonApplicableReason", "日常生活動作はすべて自立しているため"));
        cases.runDecision(caseId);

        var decision = decisions.of(caseId).orElseThrow();
        assertThat(decision.getValidFrom()).isNull();
        assertThat(decision.getNonApplicableReason()).contains("自立");
        assertThat(certificates.findCurrent(person, today)).isEmpty();
    }

    @Test
    void boardChangingThePrimaryLevelMustGiveAReason() {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        cases.completeSurvey(caseId);
        cases.completeOpinion(caseId);
        cases.completePrimary(caseId, CareLevel.CARE_1);
        cases.allocateBoard(caseId, today.plusDays(5));

        assertThatThrownBy(() -> cases.recordBoardResult(caseId, CareLevel.CARE_2, Map.of()))
                .hasMessageContaining("変更理由");
        assertThat(cases.instance(caseId)).isWaitingAt("CallActivity_BoardReview");

        cases.recordBoardResult(caseId, CareLevel.CARE_2, Map.of("changeReason", "認知症の周辺症状により介助の手間が多い"));
        assertThat(cases.instance(caseId)).isWaitingAt("CallActivity_Decision");
    }

    @Test
    void rejectedIntakeEndsTheCaseWithItsReason() {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        var pi = cases.instance(caseId);

        assertThatThrownBy(() -> cases.complete(caseId, "Task_ConfirmIntake", Map.of("intakeDecision", "reject")))
                .hasMessageContaining("却下の理由");
        cases.complete(caseId, "Task_ConfirmIntake",
                Map.of("intakeDecision", "reject", "rejectionReason", "住所地特例の対象で他市町村が保険者のため"));

        assertThat(pi).isEnded().hasPassed("EndEvent_Rejected");
        var application = applications.get(caseId);
        assertThat(application.getState()).isEqualTo(ApplicationState.REJECTED);
        assertThat(application.getClosedReason()).contains("住所地特例");
    }

    @Test
    void decidedCaseCannotBeWithdrawn() {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.runToBoardResult(caseId, CareLevel.CARE_1, Map.of());
        cases.runDecision(caseId);

        assertThatThrownBy(() -> applications.requestWithdrawal(caseId, "本人の希望"))
                .isInstanceOf(CaseStateException.class).hasMessageContaining("決定");
        assertThat(cases.instance(caseId)).isWaitingAt("CallActivity_Notification");
    }

    @Test
    void historyTimeToLiveIsSetOnEveryProcess() {
        var definitions = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list();
        assertThat(definitions).extracting(d -> d.getKey()).contains("certification", "survey",
                "physician-opinion", "primary-determination", "board-review", "decision", "notification");
        assertThat(definitions).allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(1825));
    }

    @Test
    void engineClockDrivesBusinessDates() {
        ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf("2030-04-01 09:00:00"));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2030, 4, 1));
    }
}
