package jp.nintei.primary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.nintei.application.ApplicationType;
import jp.nintei.audit.AuditAction;
import jp.nintei.audit.AuditEventRepository;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.security.Roles;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;

/** primary-determination.bpmn: the 認定ソフト bridge, the staff fallback, and refusal of results that disagree. */
@ProcessTest
@AutoConfigureMockMvc
class PrimaryDeterminationProcessTest {

    static final String BRIDGE = "bridge.test";
    static final String WORKER = "ninteisoft-bridge-1";

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired ExternalTaskService externalTasks;
    @Autowired IdentityService identity;
    @Autowired CaseDriver cases;
    @Autowired TestData data;
    @Autowired PrimaryDeterminationService primary;
    @Autowired CaseHistory history;
    @Autowired AuditEventRepository audit;
    @Autowired ObjectMapper json;
    @Autowired MockMvc mvc;
    @Autowired BusinessClock clock;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        if (identity.createUserQuery().userId(BRIDGE).count() == 0) {
            var user = identity.newUser(BRIDGE);
            user.setPassword(TestData.API_SECRET);
            identity.saveUser(user);
            identity.createMembership(BRIDGE, Roles.groupId(Roles.API_CLIENT));
            identity.createMembership(BRIDGE, BridgeAccess.GROUP);
        }
    }

    @Test
    void theBridgeGetsTheExportWithTheTaskAndItsResultMovesTheCaseOn() throws Exception {
        InsuredPerson person = data.elderly(clock.today());
        String caseId = caseAtPrimary(person);
        ProcessInstance stage = primaryInstance(caseId);
        LockedExternalTask task = fetch(caseId);

        String input = (String) task.getVariables().get("primaryDeterminationInput");
        JsonNode export = json.readTree(input);
        assertThat(export.get("schema").asText()).isEqualTo(DeterminationExport.SCHEMA);
        assertThat(export.at("/survey/answers").size()).isEqualTo(55);
        assertThat(export.at("/survey/answers/1-7/0").asInt()).isEqualTo(1);
        assertThat(export.at("/survey/dementiaLevel").asText()).isEqualTo("I");
        assertThat(export.at("/opinion/dementiaLevel").asText()).isEqualTo("IIA");
        assertThat(input).doesNotContain(person.getName(), person.getInsuredNumber(), person.getAddress())
                .hasSizeLessThan(4000);

        var result = PrimaryFixtures.consistent(CareLevel.CARE_2, primary.basis(caseId));
        mvc.perform(post("/api/primary-determination/external-tasks/" + task.getId() + "/complete")
                        .with(httpBasic(BRIDGE, TestData.API_SECRET)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("workerId", WORKER, "result", result))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.careLevel").value("CARE_2"))
                .andExpect(jsonPath("$.basis").value("基準時間50分以上70分未満"));

        assertThat(stage).isEnded().hasPassed("EndEvent_DeterminedBySoftware").hasNotPassed("Task_EnterPrimaryResult");
        assertThat(cases.instance(caseId)).isWaitingAt("CallActivity_BoardReview");
        var recorded = primary.of(caseId).orElseThrow();
        assertThat(recorded.getSource()).isEqualTo(PrimaryDetermination.Source.BRIDGE);
        assertThat(recorded.getTimes()).hasSize(9);
        assertThat(recorded.getGroupScores()).hasSize(5);
        assertThat(recorded.getWarningCodes()).containsExactly("A3");
        assertThat(recorded.getSurveyVersion()).isEqualTo(1);
        assertThat(primary.isBasedOnCurrentSurvey(caseId)).isTrue();
        assertThat(history.of(caseId)).filteredOn(e -> e.getEventType() == CaseEventType.PRIMARY_DETERMINED)
                .singleElement().satisfies(e -> assertThat(e.getDetail()).contains("要介護2", "認定ソフト連携"));
    }

    @Test
    void aResultThatDisagreesIsRefusedAsAnIncidentAndStaffCanStillKeyInThePrintout() throws Exception {
        String caseId = caseAtPrimary(data.elderly(clock.today()));
        ProcessInstance stage = primaryInstance(caseId);
        LockedExternalTask task = fetch(caseId);
        var good = PrimaryFixtures.consistent(CareLevel.CARE_3, primary.basis(caseId));
        var wrongTotal = new PrimaryResultInput(good.times(), good.totalMinutes().add(java.math.BigDecimal.ONE),
                good.groupScores(), good.warningCodes(), good.stability(), good.dementiaProbability(), good.survey(),
                good.opinion(), good.careLevel(), good.basedOnSurveyVersion());

        mvc.perform(post("/api/primary-determination/external-tasks/" + task.getId() + "/complete")
                        .with(httpBasic(BRIDGE, TestData.API_SECRET)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("workerId", WORKER, "result", wrongTotal))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("totalMinutes"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("9つの時間の合計（80分）が要介護認定等基準時間（81.0分）と一致しません")));

        var incident = runtime.createIncidentQuery().processInstanceId(stage.getId()).singleResult();
        assertThat(incident.getIncidentMessage()).startsWith("一次判定結果を受け付けられません").contains("9つの時間の合計");
        assertThat(externalTasks.getExternalTaskErrorDetails(task.getId())).contains("受信した結果");
        assertThat(primary.of(caseId)).isEmpty();
        assertThat(history.has(caseId, CaseEventType.PRIMARY_DETERMINED)).isFalse();
        assertThat(cases.instance(caseId)).isWaitingAt("CallActivity_PrimaryDetermination");
        assertThat(externalTasks.fetchAndLock(1, WORKER).topic(PrimaryBridgeController.TOPIC, 60_000).businessKey(caseId)
                .execute()).isEmpty();

        management.executeJob(cases.job(caseId, "Timer_ManualEntryAvailable").getId());
        var mislevelled = PrimaryFixtures.formVariables(good);
        mislevelled.put("primaryCareLevel", "CARE_4");
        assertThatThrownBy(() -> cases.complete(caseId, "Task_EnterPrimaryResult", mislevelled))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("一次判定「要介護4」は判定基準と一致しません。基準時間 80.0分では「要介護3」です");
        assertThat(stage).isWaitingAt("Task_DetermineBySoftware", "Task_EnterPrimaryResult");

        cases.complete(caseId, "Task_EnterPrimaryResult", PrimaryFixtures.formVariables(good));
        assertThat(stage).isEnded().hasPassed("EndEvent_EnteredByStaff");
        assertThat(runtime.createIncidentQuery().processInstanceId(stage.getId()).count()).isZero();
        assertThat(primary.of(caseId).orElseThrow().getSource()).isEqualTo(PrimaryDetermination.Source.MANUAL);
        mvc.perform(post("/api/primary-determination/external-tasks/" + task.getId() + "/complete")
                        .with(httpBasic(BRIDGE, TestData.API_SECRET)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("workerId", WORKER, "result", good))))
                .andExpect(status().isNotFound());
    }

    @Test
    void completingTheExternalTaskDirectlyCannotBypassTheValidator() throws Exception {
        String caseId = caseAtPrimary(data.elderly(clock.today()));
        LockedExternalTask task = fetch(caseId);
        var good = PrimaryFixtures.consistent(CareLevel.SUPPORT_2, primary.basis(caseId));
        var unstable = new PrimaryResultInput(good.times(), good.totalMinutes(), good.groupScores(), good.warningCodes(),
                "UNSTABLE", good.dementiaProbability(), good.survey(), good.opinion(), good.careLevel(), null);

        assertThatThrownBy(() -> externalTasks.complete(task.getId(), WORKER,
                Map.of("primaryResult", json.writeValueAsString(unstable))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("一次判定「要支援2」は判定基準と一致しません").hasMessageContaining("「要介護1」");
        assertThatThrownBy(() -> externalTasks.complete(task.getId(), WORKER, Map.of("primaryResult", "{not json")))
                .hasMessageContaining("JSONの形式が正しくありません");
        assertThat(externalTasks.createExternalTaskQuery().externalTaskId(task.getId()).singleResult().getWorkerId())
                .isEqualTo(WORKER);
        assertThat(primary.of(caseId)).isEmpty();
        assertThat(cases.instance(caseId)).isWaitingAt("CallActivity_PrimaryDetermination");
    }

    @Test
    void theBridgeMustHoldTheLockAndSendAResult() throws Exception {
        String caseId = caseAtPrimary(data.elderly(clock.today()));
        String taskId = fetch(caseId).getId();

        var result = PrimaryFixtures.consistent(CareLevel.CARE_1, primary.basis(caseId));
        mvc.perform(post("/api/primary-determination/external-tasks/" + taskId + "/complete")
                        .with(httpBasic(BRIDGE, TestData.API_SECRET)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("workerId", "another-worker", "result", result))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("外部タスクはワーカー「" + WORKER + "」がロックしています"));
        mvc.perform(post("/api/primary-determination/external-tasks/" + taskId + "/complete")
                        .with(httpBasic(BRIDGE, TestData.API_SECRET)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"workerId\":\"" + WORKER + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("result"));
        mvc.perform(post("/api/primary-determination/external-tasks/" + taskId + "/complete")
                        .with(httpBasic(BRIDGE, TestData.API_SECRET)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("workerId", WORKER, "result", result))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.careLevel").value("CARE_1"));
        assertThat(cases.instance(caseId)).isWaitingAt("CallActivity_BoardReview");
    }

    @Test
    void onlyTheBridgeCompletesAndOnlyStaffOrTheBridgeExport() throws Exception {
        String caseId = caseAtPrimary(data.elderly(clock.today()));
        LockedExternalTask task = fetch(caseId);
        String staff = data.apiClient("primary.staff", Roles.STAFF);
        String surveyor = data.apiClient("primary.surveyor", Roles.SURVEYOR);
        String body = json.writeValueAsString(Map.of("workerId", WORKER,
                "result", PrimaryFixtures.consistent(CareLevel.CARE_2, primary.basis(caseId))));
        String url = "/api/primary-determination/external-tasks/" + task.getId() + "/complete";

        mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized());
        mvc.perform(post(url).with(httpBasic(staff, TestData.API_SECRET)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post(url).with(httpBasic(surveyor, TestData.API_SECRET)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/primary-determination/" + caseId + "/export").with(httpBasic(surveyor, TestData.API_SECRET)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/primary-determination/" + caseId + "/export").with(httpBasic(staff, TestData.API_SECRET)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.survey.version").value(1));
        assertThat(audit.findByCaseIdOrderByIdAsc(caseId)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.EXPORT);
            assertThat(e.getActor()).isEqualTo(staff);
        });
        assertThat(primary.of(caseId)).isEmpty();
    }

    private String caseAtPrimary(InsuredPerson person) {
        LocalDate today = clock.today();
        String caseId = cases.receive(person, ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        cases.completeSurvey(caseId);
        cases.completeOpinion(caseId);
        management.executeJob(cases.job(caseId, "Task_PrepareSoftwareInput").getId());
        return caseId;
    }

    private ProcessInstance primaryInstance(String caseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("primary-determination")
                .processInstanceBusinessKey(caseId).singleResult();
    }

    private LockedExternalTask fetch(String caseId) {
        var locked = externalTasks.fetchAndLock(1, WORKER).topic(PrimaryBridgeController.TOPIC, 60_000)
                .businessKey(caseId).variables("caseId", "primaryDeterminationInput").execute();
        assertThat(locked).hasSize(1);
        return locked.get(0);
    }
}
