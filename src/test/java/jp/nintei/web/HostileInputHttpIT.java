package jp.nintei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.nintei.application.ApplicationType;
import jp.nintei.application.CertificationApplicationRepository;
import jp.nintei.security.Roles;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.PostgresTestDatabase;
import jp.nintei.support.SecondFactors;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/**
 * Hostile input over real HTTP on PostgreSQL, where MockMvc cannot go: Camunda's REST API
 * (Jersey) as Tasklist uses it, Boot's error dispatch for errors before any controller, and a
 * chunked body without a length.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("pgtest")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class HostileInputHttpIT {

    static final String CLIENT = "hostile.http";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired CaseDriver cases;
    @Autowired TaskService tasks;
    @Autowired CertificationApplicationRepository applications;
    @Autowired ObjectMapper json;
    @Autowired BusinessClock clock;
    @Autowired SecondFactors secondFactors;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aFormRefusedByATaskListenerIsA400WithTheJapaneseMessageOnTheEngineApi() throws Exception {
        data.apiClient(CLIENT, Roles.STAFF);
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        String taskId = cases.task(caseId, "Task_ConfirmIntake").getId();
        String body = """
                {"variables":{"intakeDecision":{"value":"<script>maybe</script>","type":"String"}}}""";

        for (String action : new String[] {"submit-form", "complete"}) {
            var response = send(HttpRequest.newBuilder(uri("/engine-rest/task/" + taskId + "/" + action))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(response.statusCode()).as(action).isEqualTo(400);
            JsonNode error = json.readTree(response.body());
            assertThat(error.get("type").asText()).isEqualTo("InvalidInputException");
            assertThat(error.get("message").asText()).isEqualTo("受理または却下を選択してください");
        }
        // Nothing changed: the task is still open, the case still waiting for its check.
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(tasks.getVariable(taskId, "intakeDecision")).isNull();
        assertThat(applications.findById(caseId).orElseThrow().getState().name()).isEqualTo("RECEIVED");

        // An unknown task is a 404 with Camunda's message, not the 500 Camunda's task resource makes of it.
        var unknown = send(HttpRequest.newBuilder(uri("/engine-rest/task/no-such-task/complete"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).get("message").asText()).contains("no-such-task");
        // Other Camunda errors are answered as Camunda does (here: a variable of an unknown type).
        var badType = send(HttpRequest.newBuilder(uri("/engine-rest/task/" + taskId + "/complete"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"variables\":{\"x\":{\"value\":\"1\",\"type\":\"NoSuchType\"}}}")));
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void tasklistsOwnApiShowsTheRefusalAsA400WithTheJapaneseMessage() throws Exception {
        String clerk = data.user("hostile.tasklist", Roles.STAFF);
        String secret = secondFactors.enrol(clerk);
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        String taskId = cases.task(caseId, "Task_ConfirmIntake").getId();

        // As a browser: the login form, the second factor, then Tasklist's page (its XSRF cookie).
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf = csrfOf(page(browser, "/login"));
        form(browser, "/login", "username=" + clerk + "&password=" + TestData.PASSWORD + "&_csrf=" + csrf);
        csrf = csrfOf(page(browser, "/login/second-factor"));
        form(browser, "/login/second-factor", "code=" + secondFactors.nextCode(clerk, secret) + "&_csrf=" + csrf);
        page(browser, "/camunda/app/tasklist/default/");
        String xsrf = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();

        var response = browser.send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form"))
                .header("Content-Type", "application/json").header("Accept", "application/json").header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"variables":{"intakeDecision":{"value":"","type":"String"}}}""")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("message").asText()).isEqualTo("受理または却下を選択してください");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void errorsBeforeAnyControllerAreProblemJsonInJapanese() throws Exception {
        data.apiClient(CLIENT, Roles.STAFF);
        var wrongMethod = send(HttpRequest.newBuilder(uri("/api/applications")).DELETE());
        assertProblem(wrongMethod, 405, "method-not-allowed", "この操作には対応していません");
        var noSuchPath = send(HttpRequest.newBuilder(uri("/api/no-such-thing")).GET());
        assertProblem(noSuchPath, 404, "not-found", "見つかりません");
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413AndNoCase() throws Exception {
        data.apiClient(CLIENT, Roles.STAFF);
        long before = applications.count();
        byte[] huge = ("{\"insuredNumber\":\"1310010001\",\"applicantName\":\"" + "x".repeat(1_300_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        var response = send(HttpRequest.newBuilder(uri("/api/applications")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))));
        assertProblem(response, 413, "payload-too-large", "リクエストが大きすぎます");
        assertThat(applications.count()).isEqualTo(before);
    }

    private void assertProblem(HttpResponse<String> response, int status, String type, String title) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo(ProblemDetailsAdvice.TYPE_PREFIX + type);
        assertThat(problem.get("title").asText()).isEqualTo(title);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    private String page(HttpClient browser, String path) throws Exception {
        var response = browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private void form(HttpClient browser, String path, String body) throws Exception {
        var response = browser.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(302);
    }

    private static String csrfOf(String page) {
        var matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("CSRF token in the page").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        String basic = Base64.getEncoder().encodeToString((CLIENT + ":" + TestData.API_SECRET).getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + basic).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
