package jp.nintei.kpi;

import static java.time.LocalDate.of;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import jp.nintei.security.Roles;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;

/** The KPI page and API: who may see them, what they answer, and bad parameters. */
@ProcessTest
@AutoConfigureMockMvc
class KpiAccessTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;

    @Test
    void staffAndAuditorsGetTheFiguresAsJson() throws Exception {
        KnownHistory history = new KnownHistory(jdbc);
        history.received("NEW", of(2026, 4, 1)).surveyed(of(2026, 4, 8)).opinionReceived(of(2026, 4, 14))
                .decided(of(2026, 4, 24), "CARE_1", "CARE_2");
        history.received("NEW", of(2026, 4, 2)).surveyed(of(2026, 4, 10)).opinionReceived(of(2026, 4, 20))
                .decided(of(2026, 5, 8), "CARE_2", "CARE_2");
        for (String role : List.of(Roles.STAFF, Roles.AUDITOR)) {
            String u = data.apiClient("kpi." + role.toLowerCase(), role);
            mvc.perform(get("/api/kpi/certification").param("insurer", history.insurerNumber).param("from", "2026-04")
                            .param("to", "2026-05").with(httpBasic(u, TestData.API_SECRET)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.months[0].month").value("2026-04"))
                    .andExpect(jsonPath("$.months[0].daysToDecision.days").value(23.0))
                    .andExpect(jsonPath("$.months[1].decidedWithin30Days.percent").value(0.0))
                    .andExpect(jsonPath("$.total.daysToDecision.days").value(29.5))
                    .andExpect(jsonPath("$.total.board.days").value(14.0))
                    .andExpect(jsonPath("$.total.boardChanged.percent").value(50.0))
                    .andExpect(jsonPath("$.national.daysToDecision").value(39.8));
        }
        mvc.perform(get("/kpi/certification").param("insurer", history.insurerNumber).param("from", "2026-04")
                        .param("to", "2026-05").with(user("kpi.page").roles(Roles.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("23.0日")))
                .andExpect(content().string(containsString("29.5日")))
                .andExpect(content().string(containsString("50.0%（1/2）")))
                .andExpect(content().string(containsString("令和5年度（全国平均）")));
    }

    @Test
    void badParametersAreExplained() throws Exception {
        String staff = data.apiClient("kpi.staff2", Roles.STAFF);
        mvc.perform(get("/api/kpi/certification").param("insurer", "139999").param("from", "April")
                        .with(httpBasic(staff, TestData.API_SECRET)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("2026-04の形式")));
        mvc.perform(get("/api/kpi/certification").param("insurer", "12").with(httpBasic(staff, TestData.API_SECRET)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("6桁")));
        mvc.perform(get("/api/kpi/certification").param("insurer", "000001").with(httpBasic(staff, TestData.API_SECRET)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/kpi/certification").param("insurer", "139999").param("type", "OTHER")
                        .with(httpBasic(staff, TestData.API_SECRET)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/kpi/certification").param("from", "2026-05").param("to", "2026-04").param("insurer", "999999")
                        .with(user("kpi.page").roles(Roles.STAFF)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("開始月は終了月以前")));
    }

    @Test
    void otherRolesAreRefused() throws Exception {
        mvc.perform(get("/api/kpi/certification")).andExpect(status().isUnauthorized());
        for (String role : List.of(Roles.SURVEYOR, Roles.BOARD_SECRETARIAT)) {
            String u = data.apiClient("kpi.refused." + role.toLowerCase(), role);
            mvc.perform(get("/api/kpi/certification").with(httpBasic(u, TestData.API_SECRET))).andExpect(status().isForbidden());
            mvc.perform(get("/kpi/certification").with(user(u).roles(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/kpi/certification")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
    }
}
