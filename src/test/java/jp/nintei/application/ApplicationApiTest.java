package jp.nintei.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import jp.nintei.audit.AuditEventRepository;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.security.Roles;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

@ProcessTest
@AutoConfigureMockMvc
class ApplicationApiTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired BusinessClock clock;
    @Autowired CertificationApplicationRepository applications;
    @Autowired AuditEventRepository audit;

    String staff;
    String surveyor;

    @BeforeEach
    void users() {
        staff = data.apiClient("api.staff", Roles.STAFF);
        surveyor = data.apiClient("api.surveyor", Roles.SURVEYOR);
    }

    @Test
    void staffFilesAnApplicationAndGetsTheCase() throws Exception {
        InsuredPerson person = data.elderly(clock.today());
        mvc.perform(post("/api/applications").with(httpBasic(staff, TestData.API_SECRET))
                        .contentType(MediaType.APPLICATION_JSON).content(json(person.getInsuredNumber(), "NEW")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/applications/")))
                .andExpect(jsonPath("$.state").value("RECEIVED"))
                .andExpect(jsonPath("$.decisionDueDate").value(clock.today().plusDays(30).toString()));
    }

    @Test
    void refusedApplicationIsAProblemWithJapaneseFieldErrorsAndStoresNothing() throws Exception {
        long before = applications.count();
        InsuredPerson young = data.person(clock.today().minusYears(50), null);
        mvc.perform(post("/api/applications").with(httpBasic(staff, TestData.API_SECRET))
                        .contentType(MediaType.APPLICATION_JSON).content(json(young.getInsuredNumber(), "NEW")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("申請を受け付けられません"))
                .andExpect(jsonPath("$.errors[0].field").value("specifiedDisease"))
                .andExpect(jsonPath("$.errors[0].message", containsString("特定疾病")));
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void malformedJsonAndUnknownEnumAreBadRequests() throws Exception {
        mvc.perform(post("/api/applications").with(httpBasic(staff, TestData.API_SECRET))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"insuredNumber\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("リクエストの形式が正しくありません"));
        mvc.perform(post("/api/applications").with(httpBasic(staff, TestData.API_SECRET))
                        .contentType(MediaType.APPLICATION_JSON).content(json("1234567890", "SOMETHING")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaType() throws Exception {
        mvc.perform(post("/api/applications").with(httpBasic(staff, TestData.API_SECRET))
                        .contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anonymousIsUnauthorizedAndSurveyorIsForbidden() throws Exception {
        mvc.perform(post("/api/applications").contentType(MediaType.APPLICATION_JSON).content(json("1234567890", "NEW")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/applications").with(httpBasic(surveyor, TestData.API_SECRET))
                        .contentType(MediaType.APPLICATION_JSON).content(json("1234567890", "NEW")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("権限がありません"));
        // A failed login makes Camunda hold the account back for a few seconds: use an account of its own.
        String other = data.apiClient("api.wrongpassword", Roles.STAFF);
        mvc.perform(get("/api/applications/2026-000001").with(httpBasic(other, "wrong-secret-of-the-right-length-0123456789")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void readingACaseIsAudited() throws Exception {
        InsuredPerson person = data.elderly(clock.today());
        String caseId = receive(person);
        mvc.perform(get("/api/applications/" + caseId).with(httpBasic(staff, TestData.API_SECRET)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.insuredName").value(person.getName()));
        assertThat(audit.findByCaseIdOrderByIdAsc(caseId)).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo(staff);
            assertThat(e.getAction().name()).isEqualTo("READ");
            assertThat(e.getPurpose()).contains("申請照会");
        });
    }

    @Test
    void unknownCaseIsNotFound() throws Exception {
        mvc.perform(get("/api/applications/1999-999999").with(httpBasic(staff, TestData.API_SECRET)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("案件 1999-999999 は見つかりません"));
    }

    @Test
    void withdrawalByApiAndItsRefusals() throws Exception {
        String caseId = receive(data.elderly(clock.today()));
        mvc.perform(post("/api/applications/" + caseId + "/withdrawal").with(httpBasic(staff, TestData.API_SECRET))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("取下げの理由を入力してください"));
        mvc.perform(post("/api/applications/" + caseId + "/withdrawal").with(httpBasic(surveyor, TestData.API_SECRET))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"本人の希望\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/applications/" + caseId + "/withdrawal").with(httpBasic(staff, TestData.API_SECRET))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"本人の希望\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/applications/" + caseId + "/history").with(httpBasic(staff, TestData.API_SECRET)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].label").value("申請受付"));
    }

    private String receive(InsuredPerson person) throws Exception {
        String location = mvc.perform(post("/api/applications").with(httpBasic(staff, TestData.API_SECRET))
                        .contentType(MediaType.APPLICATION_JSON).content(json(person.getInsuredNumber(), "NEW")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private String json(String insuredNumber, String type) {
        return """
                {"insuredNumber":"%s","applicationType":"%s","receivedDate":"%s","applicantKind":"SELF","consentToShare":true}"""
                .formatted(insuredNumber, type, LocalDate.now(clock.zone()));
    }
}
