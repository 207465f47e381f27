package jp.nintei.sharedinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import jp.nintei.application.ApplicationType;
import jp.nintei.audit.AuditEvent;
import jp.nintei.audit.AuditEventRepository;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.security.Roles;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/** What the store holds after a whole case, how it changes, and who may read it through the staff API. */
@ProcessTest
@AutoConfigureMockMvc
class SharedInfoStoreTest {

    @Autowired SharedInfoStore store;
    @Autowired SharedRecordRepository records;
    @Autowired CaseDriver cases;
    @Autowired TestData data;
    @Autowired BusinessClock clock;
    @Autowired TransactionTemplate tx;
    @Autowired AuditEventRepository audit;
    @Autowired MockMvc mvc;
    @Autowired WebhookSubscriptions webhooks;
    @Autowired WebhookSubscriptionRepository webhookRepository;

    @Test
    void aNotifiedCaseHoldsEverySectionWithItsConsentFlags() {
        LocalDate today = clock.today();
        InsuredPerson person = data.elderly(today);
        String caseId = cases.receive(person, ApplicationType.NEW, today);
        assertThat(records.findById(caseId)).get().satisfies(r -> {
            assertThat(r.getRevision()).isEqualTo(1);
            assertThat(r.getInsuredNumber()).isEqualTo(person.getInsuredNumber());
            assertThat(r.getPhysicianConsent()).isNull();
        });
        cases.runToBoardResult(caseId, CareLevel.CARE_2, Map.of());
        cases.runDecision(caseId);
        cases.sendDecisionNotice(caseId);

        SharedInfoView view = store.readCase(caseId, f -> new ConsentPolicy().forStaff(), SharedInfoStore.all(), "テスト")
                .orElseThrow();
        assertThat(view.consents()).isEqualTo(new SharedInfoView.Consents(true, true));
        assertThat(view.application().applicationType()).isEqualTo(ApplicationType.NEW);
        assertThat(view.survey().completedOn()).isEqualTo(today);
        assertThat(view.opinion().institutionName()).isEqualTo("テスト病院");
        assertThat(view.determination().primaryLevel()).isEqualTo(CareLevel.CARE_2);
        assertThat(view.determination().changedByBoard()).isFalse();
        assertThat(view.decision().careLevel()).isEqualTo(CareLevel.CARE_2);
        assertThat(view.decision().validFrom()).isEqualTo(today);
        assertThat(view.certificate().validTo()).isEqualTo(view.decision().validTo());
        assertThat(view.progress().state().name()).isEqualTo("NOTIFIED");
        assertThat(view.withheld()).isEmpty();
        assertThat(view.revision()).isGreaterThan(5);
    }

    @Test
    void refreshingWithoutAChangeKeepsTheRevision() {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        int before = records.findById(caseId).orElseThrow().getRevision();
        tx.executeWithoutResult(s -> store.refresh(caseId));
        assertThat(records.findById(caseId).orElseThrow().getRevision()).isEqualTo(before);
        cases.confirmIntake(caseId);
        assertThat(records.findById(caseId).orElseThrow().getRevision()).isGreaterThan(before);
    }

    @Test
    void staffReadThePersonsRecordsAndEachSectionReadIsAudited() throws Exception {
        LocalDate today = clock.today();
        InsuredPerson person = data.elderly(today);
        String caseId = cases.receive(person, ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        cases.completeSurvey(caseId);

        mvc.perform(get("/api/shared-info/persons/" + person.getInsuredNumber()).with(user("si.staff").roles(Roles.STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].caseId").value(caseId))
                .andExpect(jsonPath("$[0].consents.resident").value(true))
                .andExpect(jsonPath("$[0].survey.completedOn").value(clock.today().toString()))
                .andExpect(jsonPath("$[0].opinion").doesNotExist());
        assertThat(audit.findByCaseIdOrderByIdAsc(caseId)).filteredOn(e -> "si.staff".equals(e.getActor()))
                .extracting(AuditEvent::getDocument).contains("認定調査", "申請", "進捗").doesNotContain("主治医意見書");

        mvc.perform(get("/api/shared-info/cases/" + caseId).with(user("si.staff").roles(Roles.STAFF)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.insuredNumber").value(person.getInsuredNumber()));
        mvc.perform(get("/api/shared-info/cases/1999-999999").with(user("si.staff").roles(Roles.STAFF)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theStaffApiRefusesOthers() throws Exception {
        String path = "/api/shared-info/persons/" + TestData.uniqueNumber();
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(get(path).with(user("s").roles(Roles.SURVEYOR))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(user("b").roles(Roles.BOARD_SECRETARIAT))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(user("a").roles(Roles.AUDITOR))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(user("cm").roles("CARE_MANAGER"))).andExpect(status().isForbidden());
    }

    @Test
    void onlyAdministratorsRegisterWebhooksAndTheSecretIsShownOnce() throws Exception {
        String body = """
                {"name":"介護情報基盤（試験）","url":"https://kaigo.example.jp/hook","audience":"EXTERNAL"}""";
        mvc.perform(post("/api/shared-info/webhooks").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/shared-info/webhooks").with(user("t").roles(Roles.STAFF))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        String created = mvc.perform(post("/api/shared-info/webhooks").with(user("adm").roles(Roles.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secret").isString())
                .andExpect(jsonPath("$.subscription.audience").value("EXTERNAL"))
                .andReturn().getResponse().getContentAsString();
        String secret = JsonPath.read(created, "$.secret");
        Integer id = JsonPath.read(created, "$.subscription.id");
        mvc.perform(get("/api/shared-info/webhooks").with(user("adm").roles(Roles.ADMIN)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(secret))));
        mvc.perform(delete("/api/shared-info/webhooks/" + id).with(user("adm").roles(Roles.ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
    }

    @Test
    void aWebhookNeedsAnHttpsUrlUnlessItIsThisMachine() throws Exception {
        for (String url : new String[] {"http://kaigo.example.jp/hook", "ftp://x", "not a url", "https://u:p@x.jp/"}) {
            mvc.perform(post("/api/shared-info/webhooks").with(user("adm").roles(Roles.ADMIN))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"x\",\"url\":\"" + url + "\",\"audience\":\"INSURER\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("url"))
                    .andExpect(jsonPath("$.detail").value(containsString("https://")));
        }
        var local = mvc.perform(post("/api/shared-info/webhooks").with(user("adm").roles(Roles.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"url\":\"http://localhost:9/hook\",\"audience\":\"INSURER\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Integer id = JsonPath.read(local, "$.subscription.id");
        mvc.perform(delete("/api/shared-info/webhooks/" + id).with(user("adm").roles(Roles.ADMIN))).andExpect(status().isOk());
    }

    @Test
    void theSecretIsStoredEncrypted() {
        var registered = webhooks.register("暗号化の確認", "https://x.example.jp/h", Audience.INSURER);
        try {
            var stored = webhookRepository.findById(registered.subscription().getId()).orElseThrow();
            assertThat(stored.getSecretCiphertext()).doesNotContain(registered.secret());
            assertThat(webhooks.secretOf(stored)).isEqualTo(registered.secret());
        } finally {
            webhooks.deactivate(registered.subscription().getId());
        }
    }
}
