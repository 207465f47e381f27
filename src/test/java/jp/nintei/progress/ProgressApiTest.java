package jp.nintei.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import jp.nintei.application.ApplicationType;
import jp.nintei.audit.AuditEventRepository;
import jp.nintei.security.Roles;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

@ProcessTest
@AutoConfigureMockMvc
class ProgressApiTest {

    @Autowired MockMvc mvc;
    @Autowired CaseDriver cases;
    @Autowired TestData data;
    @Autowired BusinessClock clock;
    @Autowired AuditEventRepository audit;

    @Test
    void staffReadTheProgressNowAndAsOfAPastDayAndTheReadIsAudited() throws Exception {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId);

        mvc.perform(get("/api/progress/" + caseId).with(user("p.staff").roles(Roles.STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current.state").value("DOCUMENTS"))
                .andExpect(jsonPath("$.current.text").isString())
                .andExpect(jsonPath("$.checkpoints.length()").value(11))
                .andExpect(jsonPath("$.checkpoints[0].type").value("APPLICATION_RECEIVED"))
                .andExpect(jsonPath("$.checkpoints[0].reachedAt").isString());
        mvc.perform(get("/api/progress/" + caseId).param("asOf", today.minusDays(1).toString())
                        .with(user("p.staff").roles(Roles.STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current").doesNotExist())
                .andExpect(jsonPath("$.timeline.length()").value(0));
        assertThat(audit.findByCaseIdOrderByIdAsc(caseId)).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo("p.staff");
            assertThat(e.getDocument()).isEqualTo("進捗");
            assertThat(e.getPurpose()).contains("時点 " + today.minusDays(1));
        });
    }

    @Test
    void aMalformedAsOfIsABadRequestAndAnUnknownCaseNotFound() throws Exception {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        mvc.perform(get("/api/progress/" + caseId).param("asOf", "昨日").with(user("t").roles(Roles.STAFF)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        mvc.perform(get("/api/progress/" + caseId).param("asOf", today + "T10:00:00+09:00").with(user("t").roles(Roles.STAFF)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/progress/1999-999999").with(user("t").roles(Roles.STAFF))).andExpect(status().isNotFound());
    }

    @Test
    void othersAreRefused() throws Exception {
        mvc.perform(get("/api/progress/1999-000001")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/progress/1999-000001").with(user("s").roles(Roles.SURVEYOR))).andExpect(status().isForbidden());
        mvc.perform(get("/api/progress/1999-000001").with(user("a").roles(Roles.AUDITOR))).andExpect(status().isForbidden());
    }
}
