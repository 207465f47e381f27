package jp.nintei.primary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.nintei.application.ApplicationType;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.security.Roles;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.PostgresTestDatabase;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/**
 * A 認定ソフト bridge over HTTP against PostgreSQL, as a real one would work: fetchAndLock on
 * Camunda's REST API with its technical user, then the result to /api/primary-determination. A
 * refused result leaves an incident and no trace in the case; Camunda's own complete cannot bypass
 * the validator either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("pgtest")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class PrimaryBridgeHttpIT {

    static final String BRIDGE = "bridge.http";
    static final String WORKER = "ninteisoft-http-1";

    @Autowired TestRestTemplate http;
    @Autowired CaseDriver cases;
    @Autowired TestData data;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired ExternalTaskService externalTasks;
    @Autowired IdentityService identity;
    @Autowired PrimaryDeterminationService primary;
    @Autowired ObjectMapper json;
    @Autowired BusinessClock clock;

    @Test
    void aBridgeFetchesOverRestIsRefusedForAnInconsistentResultAndThenAccepted() throws Exception {
        bridgeUser();
        String caseId = caseAtPrimary();

        JsonNode fetched = json.readTree(post("/engine-rest/external-task/fetchAndLock", Map.of("workerId", WORKER,
                "maxTasks", 1, "topics", List.of(Map.of("topicName", "primary-determination", "lockDuration", 600000,
                        "businessKey", caseId, "variables", List.of("caseId", "primaryDeterminationInput"))))).getBody());
        assertThat(fetched).hasSize(1);
        String taskId = fetched.get(0).get("id").asText();
        JsonNode export = json.readTree(fetched.get(0).at("/variables/primaryDeterminationInput/value").asText());
        assertThat(export.at("/survey/answers").size()).isEqualTo(55);

        var good = PrimaryFixtures.consistent(CareLevel.CARE_4, primary.basis(caseId));
        var badScores = new PrimaryResultInput(good.times(), good.totalMinutes(), Map.of("1", new java.math.BigDecimal("101")),
                good.warningCodes(), good.stability(), good.dementiaProbability(), good.survey(), good.opinion(),
                good.careLevel(), good.basedOnSurveyVersion());
        var refused = post("/api/primary-determination/external-tasks/" + taskId + "/complete",
                Map.of("workerId", WORKER, "result", badScores));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(json.readTree(refused.getBody()).at("/detail").asText()).contains("中間評価項目得点（第1群）は0〜100");
        String stage = runtime.createProcessInstanceQuery().processDefinitionKey("primary-determination")
                .processInstanceBusinessKey(caseId).singleResult().getId();
        assertThat(runtime.createIncidentQuery().processInstanceId(stage).singleResult().getIncidentMessage())
                .contains("中間評価項目得点（第2群）を入力してください");
        assertThat(primary.of(caseId)).isEmpty();

        // The operator fixes the bridge and gives the task its retries back (Cockpit: increment retries).
        externalTasks.setRetries(taskId, 1);
        assertThat(runtime.createIncidentQuery().processInstanceId(stage).count()).isZero();
        JsonNode again = json.readTree(post("/engine-rest/external-task/fetchAndLock", Map.of("workerId", WORKER,
                "maxTasks", 1, "topics", List.of(Map.of("topicName", "primary-determination", "lockDuration", 600000,
                        "businessKey", caseId)))).getBody());
        assertThat(again.get(0).get("id").asText()).isEqualTo(taskId);

        String unstable = json.writeValueAsString(new PrimaryResultInput(good.times(), good.totalMinutes(),
                good.groupScores(), good.warningCodes(), good.stability(), good.dementiaProbability(), good.survey(),
                good.opinion(), "CARE_5", null));
        var direct = post("/engine-rest/external-task/" + taskId + "/complete", Map.of("workerId", WORKER,
                "variables", Map.of("primaryResult", Map.of("type", "String", "value", unstable))));
        assertThat(direct.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(direct.getBody()).get("message").asText()).contains("一次判定「要介護5」は判定基準と一致しません");
        assertThat(primary.of(caseId)).isEmpty();

        var accepted = post("/api/primary-determination/external-tasks/" + taskId + "/complete",
                Map.of("workerId", WORKER, "result", good));
        assertThat(accepted.getStatusCode().value()).isEqualTo(200);
        assertThat(primary.of(caseId).orElseThrow().getCareLevel()).isEqualTo(CareLevel.CARE_4);
        assertThat(cases.instance(caseId)).isNotNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(stage).count()).isZero();
    }

    private ResponseEntity<String> post(String path, Object body) throws Exception {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(BRIDGE, TestData.API_SECRET);
        return http.postForEntity(path, new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
    }

    private void bridgeUser() {
        if (identity.createUserQuery().userId(BRIDGE).count() == 0) {
            var user = identity.newUser(BRIDGE);
            user.setPassword(TestData.API_SECRET);
            identity.saveUser(user);
            identity.createMembership(BRIDGE, Roles.groupId(Roles.API_CLIENT));
            identity.createMembership(BRIDGE, BridgeAccess.GROUP);
        }
    }

    private String caseAtPrimary() {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        cases.completeSurvey(caseId);
        cases.completeOpinion(caseId);
        management.executeJob(cases.job(caseId, "Task_PrepareSoftwareInput").getId());
        return caseId;
    }
}
