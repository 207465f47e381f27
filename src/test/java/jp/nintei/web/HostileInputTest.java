package jp.nintei.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jp.nintei.application.CertificationApplicationRepository;
import jp.nintei.caremanager.CareManagerPrincipal;
import jp.nintei.caremanager.CarePlanNotification;
import jp.nintei.caremanager.CarePlanNotifications;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.office.OfficeKind;
import jp.nintei.office.OfficeRegistry;
import jp.nintei.security.Roles;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/**
 * Hostile input through the real filter chains and controllers: malformed, oversized and
 * mistyped requests, script in free-text fields, SQL metacharacters in parameters. Each gets a
 * clear 4xx with a Japanese message (problem JSON on the API), or is shown back as plain text,
 * and changes nothing.
 */
@ProcessTest
@AutoConfigureMockMvc
class HostileInputTest {

    static final String SCRIPT = "<script>alert('x')</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String SQL = "' or 1=1 --";

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired CaseDriver cases;
    @Autowired CertificationApplicationRepository applications;
    @Autowired BusinessClock clock;
    @Autowired ManagementService management;
    @Autowired CarePlanNotifications notifications;
    @Autowired OfficeRegistry offices;

    // --- malformed, oversized, mistyped

    @Test
    void malformedJsonIsA400ProblemInJapaneseAndNoCase() throws Exception {
        long before = applications.count();
        for (String body : List.of("{\"insuredNumber\": \"1310010001\", ", "[1,2,3]", "not json at all", "",
                "{\"insuredNumber\":\"1310010001\",\"applicationType\":\"" + SCRIPT + "\"}",
                "{\"insuredNumber\":\"1310010001\",\"receivedDate\":\"2026-13-45\"}")) {
            api(post("/api/applications").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(problem("malformed-request"))
                    .andExpect(jsonPath("$.title").value("リクエストの形式が正しくありません"))
                    .andExpect(content().string(not(containsString("Exception"))))
                    .andExpect(content().string(not(containsString("jackson"))));
        }
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void anOversizedJsonBodyIsA413ProblemBeforeAnythingReadsIt() throws Exception {
        long before = applications.count();
        InsuredPerson person = data.elderly(clock.today());
        String body = intake(person, "x".repeat(1_200_000), "主治医 一郎");
        api(post("/api/applications").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(problem("payload-too-large"))
                .andExpect(jsonPath("$.title").value("リクエストが大きすぎます"));
        // Even without a login: refused before anything is parsed (and still no 500).
        mvc.perform(post("/api/applications").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPayloadTooLarge());
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void anOversizedFormFromABrowserIsA413() throws Exception {
        String caseId = cases.receive(data.elderly(clock.today()), jp.nintei.application.ApplicationType.NEW, clock.today());
        mvc.perform(post("/staff/cases/" + caseId + "/withdrawal").with(staff()).with(csrf())
                        .accept(MediaType.TEXT_HTML).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("reason=" + "y".repeat(1_100_000)))
                .andExpect(status().isPayloadTooLarge());
        assertThat(applications.findById(caseId).orElseThrow().getClosedReason()).isNull();
    }

    @Test
    void aWrongContentTypeIsA415ProblemInJapanese() throws Exception {
        long before = applications.count();
        String body = intake(data.elderly(clock.today()), "山田 花子", "主治医 一郎");
        for (MediaType type : List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, MediaType.TEXT_HTML)) {
            api(post("/api/applications").contentType(type).content(body))
                    .andExpect(status().isUnsupportedMediaType())
                    .andExpect(problem("unsupported-media-type"))
                    .andExpect(jsonPath("$.title").value("対応していないデータ形式です"))
                    .andExpect(jsonPath("$.detail", containsString("application/json で送信してください")));
        }
        api(post("/api/applications").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("insuredNumber=1310010001&applicationType=NEW"))
                .andExpect(status().isUnsupportedMediaType()).andExpect(problem("unsupported-media-type"));
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void controlCharactersInAParameterNameAreA400ProblemFromTheFirewall() throws Exception {
        long before = applications.count();
        mvc.perform(post("/api/applications").with(staff()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("{\"insuredNumber\":\n\"1310010001\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(problem("rejected-request"))
                .andExpect(jsonPath("$.detail").value("URL・パラメーター名・ヘッダーに使用できない文字が含まれています"));
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void aMistypedOrMissingParameterIsA400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/audit/events").param("page", "abc").with(auditor()))
                .andExpect(status().isBadRequest())
                .andExpect(problem("invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.detail").value("「page」の値「abc」の形式が正しくありません"));
        mvc.perform(get("/api/audit/events").param("page", SQL).with(auditor()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));
        api(get("/api/care-plan-notifications"))
                .andExpect(status().isBadRequest())
                .andExpect(problem("invalid-input"))
                .andExpect(jsonPath("$.detail").value("「insuredNumber」を指定してください"));
    }

    // --- script in free text

    @Test
    void scriptInTheApplicationAndTheWithdrawalReasonIsShownAsText() throws Exception {
        InsuredPerson person = data.elderly(clock.today());
        String caseId = com.jayway.jsonpath.JsonPath.read(
                api(post("/api/applications").contentType(MediaType.APPLICATION_JSON)
                        .content(intake(person, SCRIPT, IMG)))
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.caseId");
        // The API gives the text back as data, as it was typed.
        api(get("/api/applications/" + caseId)).andExpect(jsonPath("$.applicantName").value(SCRIPT));

        api(post("/api/applications/" + caseId + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"" + IMG.replace("\"", "\\\"") + " 本人の意思\"}"))
                .andExpect(status().isNoContent());
        management.executeJob(cases.job(caseId, "Task_RecordWithdrawal").getId());

        String page = mvc.perform(get("/staff/cases/" + caseId).with(staff()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt; 本人の意思")
                .doesNotContain(SCRIPT, IMG);
    }

    // --- SQL metacharacters

    @Test
    void sqlMetacharactersInParametersFindNothingAndBreakNothing() throws Exception {
        String caseId = cases.receive(data.elderly(clock.today()), jp.nintei.application.ApplicationType.NEW, clock.today());
        api(get("/api/applications/" + caseId)).andExpect(status().isOk());
        for (String hostile : List.of(SQL, "1' OR '1'='1", "'; DROP TABLE certification_application; --", "%", "_",
                "\\", "\" or \"\"=\"")) {
            mvc.perform(get("/api/audit/events").param("actor", hostile).param("document", hostile)
                            .param("caseId", hostile.substring(0, Math.min(hostile.length(), 20))).with(auditor()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.events.length()").value(0));
            api(get("/api/care-plan-notifications").param("insuredNumber", hostile))
                    .andExpect(status().isNotFound()).andExpect(problem("not-found"));
            mvc.perform(get("/api/care-manager-accounts").param("officeNumber", hostile).with(user("h.adm").roles(Roles.ADMIN)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
            // In the path, ; \ and an encoded % stop at Spring Security's firewall (400); anything else is no case (404).
            boolean firewall = hostile.matches(".*[;\\\\%].*");
            api(get("/api/applications/{caseId}", hostile))
                    .andExpect(status().is(firewall ? 400 : 404))
                    .andExpect(problem(firewall ? "rejected-request" : "not-found"));
        }
        // A case id longer than any (the search is audited with it): refused, not a database error.
        mvc.perform(get("/api/audit/events").param("caseId", "'; DROP TABLE certification_application; --").with(auditor()))
                .andExpect(status().isBadRequest()).andExpect(problem("invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("caseId"))
                .andExpect(jsonPath("$.detail").value("案件番号は20文字以内で入力してください"));
        // Still there, still one.
        api(get("/api/applications/" + caseId)).andExpect(status().isOk()).andExpect(jsonPath("$.caseId").value(caseId));
    }

    // --- someone else's data

    @Test
    void aCareManagerOfAnotherOfficeCanNeitherReadNorEndMyClientsNotification() throws Exception {
        CareManagerPrincipal mine = office();
        CareManagerPrincipal other = office();
        InsuredPerson person = data.elderly(clock.today());
        cases.receive(person, jp.nintei.application.ApplicationType.NEW, clock.today());
        CarePlanNotification notification = notifications.file(mine.officeNumber(), person, clock.today().minusDays(5), null);

        mvc.perform(get("/care-manager/clients/" + person.getInsuredNumber()).with(as(other)))
                .andExpect(status().isNotFound()).andExpect(content().string(not(containsString(person.getName()))));
        mvc.perform(post("/care-manager/notifications/" + notification.getId() + "/end").with(as(other)).with(csrf())
                        .param("endDate", clock.today().toString()).param("reason", SCRIPT))
                .andExpect(status().isNotFound());
        assertThat(notifications.ofPerson(person)).singleElement()
                .satisfies(n -> assertThat(n.getEndDate()).isNull());
        // The office itself may.
        mvc.perform(get("/care-manager/clients/" + person.getInsuredNumber()).with(as(mine))).andExpect(status().isOk());
    }

    private CareManagerPrincipal office() {
        String number = TestData.uniqueNumber();
        offices.save(number, "敵対テスト居宅 " + number, OfficeKind.CARE_PLAN_OFFICE, null, null);
        return new CareManagerPrincipal(0, "cm-h-" + number, "介護 支援子", number, "敵対テスト居宅 " + number);
    }

    private static RequestPostProcessor as(CareManagerPrincipal me) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(me, null,
                AuthorityUtils.createAuthorityList("ROLE_CARE_MANAGER")));
    }

    // --- helpers

    private ResultActions api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(staff()).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    }

    private static RequestPostProcessor auditor() {
        return user("hostile.auditor").roles(Roles.AUDITOR);
    }

    private static RequestPostProcessor staff() {
        return user("hostile.staff").roles(Roles.STAFF);
    }

    private static ResultMatcher problem(String type) {
        return result -> {
            header().string("Content-Type", startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)).match(result);
            jsonPath("$.type").value(ProblemDetailsAdvice.TYPE_PREFIX + type).match(result);
            jsonPath("$.status").value(result.getResponse().getStatus()).match(result);
            jsonPath("$.detail").isNotEmpty().match(result);
        };
    }

    private String intake(InsuredPerson person, String applicantName, String physician) {
        LocalDate today = clock.today();
        return """
                {"insuredNumber":"%s","applicationType":"NEW","receivedDate":"%s","applicantKind":"FAMILY",
                 "applicantName":"%s","consentToShare":true,"attendingPhysicianName":"%s","medicalInstitutionName":"テスト病院"}"""
                .formatted(person.getInsuredNumber(), today, json(applicantName), json(physician));
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
