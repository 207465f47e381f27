package jp.nintei.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.ObjectMapper;

import jp.nintei.application.ApplicationType;
import jp.nintei.audit.AuditAction;
import jp.nintei.audit.AuditEventRepository;
import jp.nintei.security.Roles;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/** Staff pages and APIs of the opinion round trip: who may use them, what is audited, what bad input gets. */
@ProcessTest
@AutoConfigureMockMvc
class OpinionStaffAccessTest {

    @Autowired MockMvc mvc;
    @Autowired CaseDriver cases;
    @Autowired OpinionSteps stage;
    @Autowired OpinionTestData opinionData;
    @Autowired OpinionService opinions;
    @Autowired TestData data;
    @Autowired AuditEventRepository audit;
    @Autowired BusinessClock clock;
    @Autowired ObjectMapper json;
    @Autowired jp.nintei.document.IssuedDocuments documents;

    @Test
    void theOpinionPageIsForStaffAndItsReadsAreAudited() throws Exception {
        String caseId = requestedCase();
        mvc.perform(get(page(caseId)).with(as(Roles.SURVEYOR))).andExpect(status().isForbidden());
        mvc.perform(get(page(caseId)).with(as(Roles.BOARD_SECRETARIAT))).andExpect(status().isForbidden());
        mvc.perform(get(page(caseId))).andExpect(status().is3xxRedirection());
        mvc.perform(get(page(caseId)).with(user("opinion.page").roles(Roles.STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("依頼中"), containsString("主治医意見書作成依頼書"),
                        containsString("回答用URLを再発行する"))));
        assertThat(audit.findByCaseIdOrderByIdAsc(caseId)).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo("opinion.page");
            assertThat(e.getPurpose()).isEqualTo("意見書の依頼状況・内容の表示");
        });
    }

    @Test
    void lettersPrintFromTheirOwnCaseOnly() throws Exception {
        String caseId = requestedCase();
        String other = requestedCase();
        long letter = letterOf(caseId);
        mvc.perform(get(page(caseId) + "/documents/" + letter).with(as(Roles.STAFF)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get(page(other) + "/documents/" + letter).with(as(Roles.STAFF))).andExpect(status().isNotFound());
        mvc.perform(get(page(caseId) + "/documents/" + letter).with(as(Roles.SURVEYOR))).andExpect(status().isForbidden());
        assertThat(audit.findByCaseIdOrderByIdAsc(caseId)).anySatisfy(e -> assertThat(e.getAction()).isEqualTo(AuditAction.DOWNLOAD));
    }

    @Test
    void reissuingALinkNeedsStaffAndTheCsrfToken() throws Exception {
        String caseId = requestedCase();
        mvc.perform(post(page(caseId) + "/link").with(as(Roles.SURVEYOR)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(page(caseId) + "/link").with(as(Roles.STAFF))).andExpect(status().isForbidden());
        mvc.perform(post(page(caseId) + "/link").with(as(Roles.STAFF)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(documents.versions(OpinionDocumentKinds.REQUEST_LETTER, caseId + "-1")).hasSize(2);

        String notRequested = cases.receive(data.elderly(clock.today()), ApplicationType.NEW, clock.today());
        mvc.perform(post(page(notRequested) + "/link").with(as(Roles.STAFF)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("error", containsString("回答待ちの依頼がない")));
    }

    @Test
    void theOpinionApiTakesAnEarlyOpinionOnceAndRefusesBadInputWithProblemJson() throws Exception {
        String caseId = cases.receive(data.elderly(clock.today()), ApplicationType.NEW, clock.today());
        String body = json.writeValueAsString(Map.of("physicianName", "連携 医師", "institutionName", "連携クリニック",
                "content", OpinionTestData.complete(clock.today())));
        String key = UUID.randomUUID().toString();

        mvc.perform(put(api(caseId)).contentType(MediaType.APPLICATION_JSON).content(body).header("Idempotency-Key", key))
                .andExpect(status().isUnauthorized());
        mvc.perform(put(api(caseId)).with(as(Roles.SURVEYOR)).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Idempotency-Key", key)).andExpect(status().isForbidden());
        mvc.perform(put(api(caseId)).with(as(Roles.STAFF)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest());
        mvc.perform(put(api(caseId)).with(as(Roles.STAFF)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"physicianName\":\"連携 医師\",\"institutionName\":\"連携クリニック\",\"content\":{\"heightCm\":500}}")
                        .header("Idempotency-Key", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field == 'writtenDate')].message").value("記入日を入力してください"))
                .andExpect(jsonPath("$.errors[?(@.field == 'heightCm')].message").value("身長は30〜230cmの範囲で入力してください"));
        mvc.perform(put(api(caseId)).with(as(Roles.STAFF)).contentType(MediaType.APPLICATION_JSON).content("{not json")
                .header("Idempotency-Key", UUID.randomUUID().toString())).andExpect(status().isBadRequest());
        assertThat(opinions.versions(caseId)).isEmpty();

        mvc.perform(put(api(caseId)).with(as(Roles.STAFF)).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Idempotency-Key", key)).andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(api(caseId)).with(as(Roles.STAFF)).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Idempotency-Key", key)).andExpect(status().isOk());
        mvc.perform(put(api(caseId)).with(as(Roles.STAFF)).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Idempotency-Key", UUID.randomUUID().toString())).andExpect(status().isConflict());
        assertThat(opinions.versions(caseId)).hasSize(1);

        mvc.perform(get(api(caseId)).with(as(Roles.SURVEYOR))).andExpect(status().isForbidden());
        mvc.perform(get(api(caseId)).with(user("opinion.api").roles(Roles.STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.physicianName").value("連携 医師"))
                .andExpect(jsonPath("$.sections[1].title").value("1. 傷病に関する意見"));
        assertThat(audit.findByCaseIdOrderByIdAsc(caseId)).anySatisfy(e -> assertThat(e.getActor()).isEqualTo("opinion.api"));
        mvc.perform(get(api("1999-999999")).with(as(Roles.STAFF))).andExpect(status().isNotFound());
    }

    @Test
    void theRegistryIsKeptByStaffAndRefusesOthers() throws Exception {
        String code = TestData.uniqueNumber();
        String institution = "{\"name\":\"登録テスト病院\",\"electronicSubmission\":true,\"active\":true,\"email\":\"reg@example.jp\"}";
        mvc.perform(put("/api/medical-institutions/" + code).with(as(Roles.SURVEYOR)).contentType(MediaType.APPLICATION_JSON)
                .content(institution)).andExpect(status().isForbidden());
        mvc.perform(put("/api/medical-institutions/" + code).with(as(Roles.STAFF)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"x\",\"electronicSubmission\":true,\"active\":true}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("email"));
        mvc.perform(put("/api/medical-institutions/123").with(as(Roles.STAFF)).contentType(MediaType.APPLICATION_JSON)
                .content(institution)).andExpect(status().isBadRequest());
        mvc.perform(put("/api/medical-institutions/" + code).with(as(Roles.STAFF)).contentType(MediaType.APPLICATION_JSON)
                .content(institution)).andExpect(status().isCreated());
        mvc.perform(put("/api/medical-institutions/" + code + "/physicians/R" + code).with(as(Roles.STAFF))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"登録 医師\",\"designated\":false,\"active\":true}"))
                .andExpect(status().isCreated());
        mvc.perform(put("/api/medical-institutions/0000000000/physicians/X1").with(as(Roles.STAFF))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"登録 医師\",\"designated\":false,\"active\":true}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/medical-institutions").with(as(Roles.AUDITOR))).andExpect(status().isForbidden());
        mvc.perform(get("/api/medical-institutions").with(httpBasic("nobody", "x"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/staff/physicians").with(as(Roles.SURVEYOR))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/physicians").with(as(Roles.STAFF)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("R" + code)));
    }

    private String requestedCase() {
        opinionData.driverPhysician();
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        stage.request(caseId, "Task_SelectPhysician", opinionData.physician(false, "職員画面 医師").getPhysicianCode());
        return caseId;
    }

    private long letterOf(String caseId) {
        return documents.latest(OpinionDocumentKinds.REQUEST_LETTER, caseId + "-1").orElseThrow().getId();
    }

    private static String page(String caseId) {
        return "/staff/cases/" + caseId + "/opinion";
    }

    private static String api(String caseId) {
        return "/api/cases/" + caseId + "/physician-opinion";
    }

    private static RequestPostProcessor as(String role) {
        return user("opinion-" + role.toLowerCase()).roles(role);
    }
}
