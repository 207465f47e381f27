package jp.nintei.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import jp.nintei.application.ApplicationType;
import jp.nintei.audit.AuditEventRepository;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.security.Roles;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/** The resident channel: the portal client's API acting for one insured number, and the page behind a link. */
@ProcessTest
@AutoConfigureMockMvc
class ResidentChannelTest {

    @Autowired MockMvc mvc;
    @Autowired ResidentClients clients;
    @Autowired CaseDriver cases;
    @Autowired TestData data;
    @Autowired BusinessClock clock;
    @Autowired AuditEventRepository audit;

    String clientId;
    String secret;

    @BeforeEach
    void registerPortal() {
        clientId = "portal-" + TestData.uniqueNumber();
        secret = clients.register(clientId, "テストポータル").secret();
    }

    @Test
    void thePortalReadsItsResidentsProgressAndTheResultOnceNotified() throws Exception {
        LocalDate today = clock.today();
        InsuredPerson person = data.elderly(today);
        String caseId = cases.receive(person, ApplicationType.NEW, today);

        mvc.perform(api(get("/resident-api/v1/cases"), person))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].caseId").value(caseId))
                .andExpect(jsonPath("$[0].status.state").value("RECEIVED"))
                .andExpect(jsonPath("$[0].status.text").value(containsString("申請を受け付けました")))
                .andExpect(jsonPath("$[0].status.expectedDate").value(today.plusDays(7).toString()));

        cases.runToBoardResult(caseId, CareLevel.CARE_1, Map.of());
        cases.runDecision(caseId);
        mvc.perform(api(get("/resident-api/v1/cases/" + caseId), person))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status.state").value("DECIDED"))
                .andExpect(jsonPath("$.decision").doesNotExist())
                .andExpect(jsonPath("$.withheld[?(@.section == 'DECISION')].reason")
                        .value(hasItem(containsString("通知書の発送後"))));
        mvc.perform(api(get("/resident-api/v1/certificate"), person)).andExpect(status().isNotFound());

        cases.sendDecisionNotice(caseId);
        mvc.perform(api(get("/resident-api/v1/cases/" + caseId), person))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status.state").value("NOTIFIED"))
                .andExpect(jsonPath("$.decision.careLevel").value("CARE_1"))
                .andExpect(jsonPath("$.certificate.validFrom").value(today.toString()))
                .andExpect(jsonPath("$.timeline.length()").value(greaterThan(4)))
                .andExpect(jsonPath("$.survey").doesNotExist())
                .andExpect(jsonPath("$.opinion").doesNotExist());
        mvc.perform(api(get("/resident-api/v1/certificate"), person))
                .andExpect(status().isOk()).andExpect(jsonPath("$.careLevelLabel").value("要介護1"));

        assertThat(audit.findByCaseIdOrderByIdAsc(caseId)).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo("resident-client:" + clientId);
            assertThat(e.getDocument()).isEqualTo("認定結果・被保険者証");
            assertThat(e.getInsuredNumber()).isEqualTo(person.getInsuredNumber());
            assertThat(e.getPurpose()).contains("本人", clientId);
        });
    }

    @Test
    void anotherResidentsCaseIsNotFoundAndNothingOfItIsRead() throws Exception {
        LocalDate today = clock.today();
        InsuredPerson me = data.elderly(today);
        InsuredPerson other = data.elderly(today);
        String othersCase = cases.receive(other, ApplicationType.NEW, today);
        cases.receive(me, ApplicationType.NEW, today);

        mvc.perform(api(get("/resident-api/v1/cases/" + othersCase), me))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(api(get("/resident-api/v1/cases"), me))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(content().string(not(containsString(othersCase))));
        assertThat(audit.findByCaseIdOrderByIdAsc(othersCase)).noneMatch(e -> e.getActor().startsWith("resident"));
        mvc.perform(get("/resident-api/v1/cases").with(httpBasic(clientId, secret)).header("X-Insured-Number", "0000000000"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiRefusesAnyoneButAnActivePortalClientAndNeedsTheActingForHeader() throws Exception {
        InsuredPerson person = data.elderly(clock.today());
        var path = get("/resident-api/v1/cases").header("X-Insured-Number", person.getInsuredNumber());
        mvc.perform(path).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/resident-api/v1/cases").header("X-Insured-Number", person.getInsuredNumber())
                .with(httpBasic(clientId, "wrong"))).andExpect(status().isUnauthorized());
        String staff = data.user("resident.api.staff", Roles.STAFF);
        mvc.perform(get("/resident-api/v1/cases").header("X-Insured-Number", person.getInsuredNumber())
                .with(httpBasic(staff, TestData.PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/resident-api/v1/cases").with(httpBasic(clientId, secret)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("X-Insured-Number"));
        mvc.perform(get("/resident-api/v1/cases").with(httpBasic(clientId, secret)).header("X-Insured-Number", "12"))
                .andExpect(status().isBadRequest());

        String rotated = clients.rotateSecret(clientId).secret();
        mvc.perform(api(get("/resident-api/v1/cases"), person)).andExpect(status().isUnauthorized());
        secret = rotated;
        mvc.perform(api(get("/resident-api/v1/cases"), person)).andExpect(status().isOk());
        clients.deactivate(clientId);
        mvc.perform(api(get("/resident-api/v1/cases"), person)).andExpect(status().isUnauthorized());
    }

    @Test
    void theResidentOpensTheirPageOnceThroughALinkAndSeesTheTimeline() throws Exception {
        LocalDate today = clock.today();
        InsuredPerson person = data.elderly(today);
        InsuredPerson other = data.elderly(today);
        String caseId = cases.receive(person, ApplicationType.NEW, today);
        String othersCase = cases.receive(other, ApplicationType.NEW, today);
        cases.confirmIntake(caseId);

        String link = mvc.perform(api(post("/resident-api/v1/page-links"), person))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.url").value(startsWith("http://localhost/resident/enter?token=")))
                .andReturn().getResponse().getContentAsString();
        String url = JsonPath.read(link, "$.url");
        String token = url.substring(url.indexOf("token=") + 6);

        MockHttpSession session = (MockHttpSession) mvc.perform(get("/resident/enter").param("token", token))
                .andExpect(redirectedUrl("/resident")).andReturn().getRequest().getSession(false);
        String page = mvc.perform(get("/resident").session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(caseId, "訪問調査・主治医意見書", "これまでの経過", "申請受付").doesNotContain(othersCase);
        assertThat(audit.findByCaseIdOrderByIdAsc(caseId))
                .anySatisfy(e -> assertThat(e.getActor()).isEqualTo("resident:" + person.getInsuredNumber()));

        mvc.perform(get("/resident/enter").param("token", token)).andExpect(status().isUnauthorized());
        mvc.perform(get("/staff/cases").session(session)).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/care-manager").session(session)).andExpect(redirectedUrlPattern("**/care-manager/login"));
        mvc.perform(get("/resident")).andExpect(redirectedUrl("/resident/signed-out?expired"));
        mvc.perform(get("/resident/signed-out").param("expired", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("もう一度開いてください")));
        mvc.perform(get("/resident/signed-out")).andExpect(status().isOk())
                .andExpect(content().string(containsString("終了しました")));
        mvc.perform(post("/resident/logout").session(session)).andExpect(status().isForbidden()); // no CSRF token
    }

    @Test
    void aLinkExpiresAfterTenMinutesAndStaffOrClientsCannotOpenThePage() throws Exception {
        InsuredPerson person = data.elderly(clock.today());
        String url = JsonPath.read(mvc.perform(api(post("/resident-api/v1/page-links"), person))
                .andReturn().getResponse().getContentAsString(), "$.url");
        String token = url.substring(url.indexOf("token=") + 6);
        ClockUtil.setCurrentTime(Date.from(clock.now().plus(ResidentPageLinks.LIFETIME).plus(Duration.ofSeconds(1))));
        mvc.perform(get("/resident/enter").param("token", token)).andExpect(status().isUnauthorized())
                .andExpect(content().string(containsString("有効期限")));
        mvc.perform(get("/resident/enter").param("token", "forged")).andExpect(status().isUnauthorized());
        mvc.perform(get("/resident").with(user("t").roles(Roles.STAFF))).andExpect(status().isForbidden());
        mvc.perform(get("/resident").with(httpBasic(clientId, secret))).andExpect(redirectedUrl("/resident/signed-out?expired"));
    }

    @Test
    void onlyAdministratorsRegisterPortalClients() throws Exception {
        String body = "{\"clientId\":\"p-" + TestData.uniqueNumber() + "\",\"name\":\"ポータル\"}";
        mvc.perform(post("/api/resident-clients").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/resident-clients").with(user("t").roles(Roles.STAFF))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/resident-clients").with(user("adm").roles(Roles.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.secret").isString());
        mvc.perform(post("/api/resident-clients").with(user("adm").roles(Roles.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isConflict());
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/resident-api/v1/cases/{caseId}")))
                .andExpect(content().string(containsString("X-Insured-Number")));
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, InsuredPerson person) {
        request.with(httpBasic(clientId, secret)).header("X-Insured-Number", person.getInsuredNumber());
        return request;
    }
}
