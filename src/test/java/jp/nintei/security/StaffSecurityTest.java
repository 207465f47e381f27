package jp.nintei.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import jp.nintei.application.ApplicationType;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/** Who may enter which door: pages, API, engine REST, actuator, and tasks in Camunda. */
@ProcessTest
@AutoConfigureMockMvc
class StaffSecurityTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired CaseDriver cases;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;
    @Autowired BusinessClock clock;
    @Autowired jp.nintei.audit.AuditEventRepository audit;

    @Test
    void pagesRequireLogin() throws Exception {
        mvc.perform(get("/staff/cases")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/camunda/app/tasklist/default/")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void staffLogInWithTheirCamundaAccount() throws Exception {
        String staff = data.user("login.staff", Roles.STAFF);
        // The password is only the first step: the second factor follows (TotpLoginTest).
        mvc.perform(formLogin().user(staff).password(TestData.PASSWORD)).andExpect(redirectedUrl("/login/second-factor"));
        mvc.perform(formLogin().user(staff).password("wrong")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void surveyorMayNotOpenTheCaseList() throws Exception {
        mvc.perform(get("/staff/cases").with(user("s").roles(Roles.SURVEYOR))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/cases").with(user("t").roles(Roles.STAFF))).andExpect(status().isOk());
    }

    @Test
    void staffCasePageShowsTheCaseAndAuditsTheRead() throws Exception {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        mvc.perform(get("/staff/cases/" + caseId).with(user("page.staff").roles(Roles.STAFF)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("新規申請")));
        mvc.perform(get("/staff/cases").with(user("page.staff").roles(Roles.STAFF))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("タスク一覧")));
        assertThat(audit.findByCaseIdOrderByIdAsc(caseId)).anySatisfy(e -> assertThat(e.getActor()).isEqualTo("page.staff"));
    }

    @Test
    void formPostsNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/staff/cases/1999-999999/withdrawal").with(user("t").roles(Roles.STAFF)).param("reason", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/cases/1999-999999/withdrawal").with(user("t").roles(Roles.STAFF)).with(csrf())
                        .param("reason", "x"))
                .andExpect(status().isNotFound());
    }

    @Test
    void engineRestNeedsCredentials() throws Exception {
        String staff = data.user("rest.staff", Roles.STAFF);
        mvc.perform(get("/engine-rest/task/count")).andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/task/count").with(httpBasic(staff, "wrong"))).andExpect(status().isUnauthorized());
        // A person's right password opens no API (it would skip the second factor); an API client's secret does.
        mvc.perform(get("/engine-rest/task/count").with(httpBasic(staff, TestData.PASSWORD))).andExpect(status().isUnauthorized());
        String client = data.apiClient("rest.client", Roles.STAFF);
        // MockMvc has no Jersey servlet behind /engine-rest (404 there): what counts is passing the door.
        int status = mvc.perform(get("/engine-rest/task/count").with(httpBasic(client, TestData.API_SECRET)))
                .andReturn().getResponse().getStatus();
        assertThat(status).isNotIn(401, 403);
    }

    /** Verified secrets are remembered (PBKDF2 is slow), but a new secret ends the old one at once. */
    @Test
    void aRotatedApiSecretIsRefusedAtOnceThoughTheOldOneWasJustVerified() throws Exception {
        String client = data.apiClient("rest.rotating", Roles.STAFF);
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/api/insured-persons/none").with(httpBasic(client, TestData.API_SECRET)))
                    .andExpect(status().isNotFound());
        }
        var user = identity.createUserQuery().userId(client).singleResult();
        String rotated = "rotated-api-secret-Jq8wL2nV5xT9bK4mZ7cR";
        user.setPassword(rotated);
        identity.saveUser(user);

        // The new one first: after a failed attempt Camunda delays the next check of this user.
        mvc.perform(get("/api/insured-persons/none").with(httpBasic(client, rotated))).andExpect(status().isNotFound());
        mvc.perform(get("/api/insured-persons/none").with(httpBasic(client, TestData.API_SECRET)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/insured-persons/none").with(httpBasic(client, rotated + "x")))
                .andExpect(status().isUnauthorized());
    }

    /**
     * Someone sending wrong secrets makes Camunda delay the checks of that user; the client
     * holding the right secret, verified moments ago, is not locked out by it. (The engine clock
     * stands still here, so the delay cannot run out during the test.)
     */
    @Test
    void wrongSecretsFromSomeoneElseDoNotLockOutTheClientWithTheRightOne() throws Exception {
        String client = data.apiClient("rest.busy", Roles.STAFF);
        ClockUtil.setCurrentTime(new Date());
        mvc.perform(get("/api/insured-persons/none").with(httpBasic(client, TestData.API_SECRET)))
                .andExpect(status().isNotFound());
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/insured-persons/none").with(httpBasic(client, TestData.API_SECRET + "-guess-" + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/insured-persons/none").with(httpBasic(client, TestData.API_SECRET)))
                .andExpect(status().isNotFound());
    }

    @Test
    void healthIsPublicAndMetricsAreForAdministrators() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        String staff = data.apiClient("metrics.staff", Roles.STAFF);
        mvc.perform(get("/actuator/prometheus").with(httpBasic(staff, TestData.API_SECRET))).andExpect(status().isForbidden());
        String admin = data.apiClient("metrics.admin", Roles.ADMIN);
        // Spring Boot switches metric exporters off in tests, so the endpoint itself may be absent (404):
        // what is checked here is that the administrator passes the access rule.
        int status = mvc.perform(get("/actuator/prometheus").with(httpBasic(admin, TestData.API_SECRET)))
                .andReturn().getResponse().getStatus();
        assertThat(status).isNotIn(401, 403);
    }

    @Test
    void surveyorSeesOnlyTheSurveysAssignedToThem() {
        LocalDate today = clock.today();
        String mine = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        String other = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(mine);
        cases.confirmIntake(other);
        String me = cases.surveyor("surveyor.me");
        String colleague = cases.surveyor("surveyor.other");
        cases.complete(mine, "Task_AssignSurveyor", java.util.Map.of("surveyorId", me));
        cases.complete(other, "Task_AssignSurveyor", java.util.Map.of("surveyorId", colleague));

        try {
            identity.setAuthentication(me, java.util.List.of(Roles.groupId(Roles.SURVEYOR)));
            var visible = tasks.createTaskQuery().list();
            assertThat(visible).extracting(t -> t.getTaskDefinitionKey()).containsOnly("Task_EnterSurvey");
            assertThat(visible).extracting(t -> t.getAssignee()).containsOnly(me);
        } finally {
            identity.clearAuthentication();
        }
        try {
            identity.setAuthentication("staff.viewer", java.util.List.of(Roles.groupId(Roles.STAFF)));
            assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_EnterSurvey").count()).isGreaterThanOrEqualTo(2);
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void passwordsAreStoredAsPbkdf2Hashes() {
        String id = data.user("hash.check", Roles.STAFF);
        assertThat(identity.checkPassword(id, TestData.PASSWORD)).isTrue();
        var stored = ((org.camunda.bpm.engine.impl.persistence.entity.UserEntity)
                identity.createUserQuery().userId(id).singleResult()).getPassword();
        assertThat(stored).startsWith("{PBKDF2}").doesNotContain(TestData.PASSWORD);
    }
}
