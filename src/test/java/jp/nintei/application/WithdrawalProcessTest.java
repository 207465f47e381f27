package jp.nintei.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import jp.nintei.carelevel.CareLevel;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;

/** 取下げ at every stage before the decision ends the case cleanly, with its stages cancelled. */
@ProcessTest
class WithdrawalProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired CaseDriver cases;
    @Autowired TestData data;
    @Autowired ApplicationService applications;
    @Autowired CaseHistory history;
    @Autowired BusinessClock clock;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    static Stream<Arguments> stages() {
        return Stream.of(
                Arguments.of("申請内容確認", "Task_ConfirmIntake", (BiConsumer<CaseDriver, String>) (c, id) -> { }),
                Arguments.of("認定調査・意見書", "CallActivity_Survey",
                        (BiConsumer<CaseDriver, String>) (c, id) -> c.confirmIntake(id)),
                Arguments.of("意見書待ち（調査済）", "CallActivity_PhysicianOpinion",
                        (BiConsumer<CaseDriver, String>) (c, id) -> {
                            c.confirmIntake(id);
                            c.completeSurvey(id);
                        }),
                Arguments.of("一次判定", "CallActivity_PrimaryDetermination",
                        (BiConsumer<CaseDriver, String>) (c, id) -> {
                            c.confirmIntake(id);
                            c.completeSurvey(id);
                            c.completeOpinion(id);
                        }),
                Arguments.of("審査会", "CallActivity_BoardReview",
                        (BiConsumer<CaseDriver, String>) (c, id) -> {
                            c.confirmIntake(id);
                            c.completeSurvey(id);
                            c.completeOpinion(id);
                            c.completePrimary(id, CareLevel.CARE_1);
                        }));
    }

    @ParameterizedTest(name = "withdrawn at {0}")
    @MethodSource("stages")
    void withdrawalEndsTheCaseAtAnyStageBeforeTheDecision(String stage, String waitingAt,
            BiConsumer<CaseDriver, String> reachStage) {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        reachStage.accept(cases, caseId);
        var pi = cases.instance(caseId);
        assertThat(pi).isWaitingAt(waitingAt);

        applications.requestWithdrawal(caseId, "入院のため本人が取下げを希望");
        assertThat(pi).isWaitingAt("Task_RecordWithdrawal");
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());

        assertThat(pi).isEnded().hasPassed("EndEvent_Withdrawn");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count())
                .as("no stage process of the case is left running").isZero();
        var application = applications.get(caseId);
        assertThat(application.getState()).isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(application.getClosedReason()).isEqualTo("入院のため本人が取下げを希望");
        assertThat(history.has(caseId, CaseEventType.WITHDRAWN)).isTrue();
    }

    @Test
    void withdrawalNeedsAReason() {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);

        assertThatThrownBy(() -> applications.requestWithdrawal(caseId, " "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("取下げの理由");
        assertThat(cases.instance(caseId)).isWaitingAt("Task_ConfirmIntake");
        assertThat(applications.get(caseId).getState()).isEqualTo(ApplicationState.RECEIVED);
    }

    @Test
    void withdrawnCaseCannotBeWithdrawnAgain() {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        applications.requestWithdrawal(caseId, "本人の希望");
        var pi = cases.instance(caseId);
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());

        assertThatThrownBy(() -> applications.requestWithdrawal(caseId, "本人の希望"))
                .isInstanceOf(CaseStateException.class);
    }
}
