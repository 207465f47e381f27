package jp.nintei.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jp.nintei.security.Roles;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;

/**
 * The auditor's view and export of the audit log: filters by case, insured person, user, period
 * and document; CSV for Excel (BOM, CRLF, quoting, no formulas); every search and export is itself
 * audited; every other role is refused.
 */
@ProcessTest
@AutoConfigureMockMvc
class AuditTrailTest {

    @Autowired MockMvc mvc;
    @Autowired AuditLog log;
    @Autowired AuditEventRepository events;
    @Autowired IdentityService identity;
    @Autowired TestData data;

    String reader;
    String other;
    String caseId;
    String auditor;

    @BeforeEach
    void seed() {
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        reader = "reader." + n;
        other = "other." + n;
        caseId = "2026-" + n;
        auditor = data.apiClient("auditor.test", Roles.AUDITOR);
        as(reader, LocalDate.of(2026, 4, 1), () -> log.read(caseId, "1000000001", "要介護認定申請", "案件詳細の表示"));
        as(reader, LocalDate.of(2026, 4, 2), () -> log.read(caseId, "1000000001", "主治医意見書", "審査資料の確認"));
        as(reader, LocalDate.of(2026, 4, 3), () -> log.record(AuditAction.DOWNLOAD, "2026-" + (n + 1), "1000000002",
                "認定結果通知書", "通知書の確認", "=HYPERLINK(\"http://example.invalid\",\"x\"), 第1版"));
        as(other, LocalDate.of(2026, 4, 2), () -> log.read(caseId, "1000000001", "要介護認定申請", "電話照会への対応"));
    }

    @AfterEach
    void reset() {
        identity.clearAuthentication();
    }

    @Test
    void filtersByCaseUserPeriodAndDocument() throws Exception {
        mvc.perform(get("/api/audit/events").param("caseId", caseId).with(httpBasic(auditor, TestData.API_SECRET)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/audit/events").param("actor", reader).with(httpBasic(auditor, TestData.API_SECRET)))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.events[0].document").value("認定結果通知書"))
                .andExpect(jsonPath("$.events[0].actionLabel").value("ダウンロード"));
        mvc.perform(get("/api/audit/events").param("actor", reader).param("from", "2026-04-02").param("to", "2026-04-02")
                        .with(httpBasic(auditor, TestData.API_SECRET)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.events[0].document").value("主治医意見書"));
        mvc.perform(get("/api/audit/events").param("caseId", caseId).param("document", "要介護認定申請")
                        .with(httpBasic(auditor, TestData.API_SECRET)))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/audit/events").param("insuredNumber", "1000000002").param("actor", reader)
                        .with(httpBasic(auditor, TestData.API_SECRET)))
                .andExpect(jsonPath("$.total").value(1));

        assertThat(events.findByActorOrderByIdAsc(auditor)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.READ);
            assertThat(e.getDocument()).isEqualTo("監査ログ");
            assertThat(e.getDetail()).contains("案件=" + caseId, "文書=要介護認定申請", "（2件）");
        });
    }

    @Test
    void csvExportOpensInExcelAndIsItselfAudited() throws Exception {
        long exportsBefore = exportsBy(auditor);
        MvcResult started = mvc.perform(get("/api/audit/events.csv").param("actor", reader)
                        .with(httpBasic(auditor, TestData.API_SECRET)))
                .andExpect(request().asyncStarted()).andReturn();
        byte[] body = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Audit-Rows", "3"))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(csv).startsWith(AuditCsv.HEADER + "\r\n").endsWith("\r\n");
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).contains("2026-04-01 09:00:00", reader, "閲覧", caseId, "1000000001", "要介護認定申請", "案件詳細の表示");
        assertThat(lines.get(3)).contains("ダウンロード", "\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\"), 第1版\"");
        assertThat(exportsBy(auditor)).isEqualTo(exportsBefore + 1);
        assertThat(events.findByActorOrderByIdAsc(auditor)).last().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.EXPORT);
            assertThat(e.getDetail()).contains("利用者=" + reader, "（3件）");
        });
    }

    @Test
    void auditorPageShowsTheFilteredLogAndExportsFromTheSameFilter() throws Exception {
        mvc.perform(get("/audit").param("caseId", caseId).param("actor", other).with(user(auditor).roles(Roles.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("電話照会への対応")))
                .andExpect(content().string(containsString("1件")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("審査資料の確認"))));
        MvcResult started = mvc.perform(get("/audit/export.csv").param("caseId", caseId)
                        .with(user(auditor).roles(Roles.AUDITOR)))
                .andExpect(request().asyncStarted()).andReturn();
        // three reads of the case, and the auditor's own search for it just now
        mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andExpect(header().string("X-Audit-Rows", "4"));
    }

    @Test
    void badFiltersGetAJapaneseMessage() throws Exception {
        mvc.perform(get("/api/audit/events").param("from", "2026-13-01").param("insuredNumber", "12")
                        .with(httpBasic(auditor, TestData.API_SECRET)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("年-月-日")))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("10桁")));
        mvc.perform(get("/api/audit/events").param("from", "2026-05-01").param("to", "2026-04-01")
                        .with(httpBasic(auditor, TestData.API_SECRET)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("開始日は終了日以前")));
        mvc.perform(get("/audit").param("from", "yesterday").with(user(auditor).roles(Roles.AUDITOR)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("年-月-日")));
    }

    @Test
    void onlyAuditorsMayReadOrExportTheLog() throws Exception {
        String staff = data.apiClient("audit.staff", Roles.STAFF);
        String admin = data.apiClient("audit.admin", Roles.ADMIN);
        for (String path : List.of("/api/audit/events", "/api/audit/events.csv")) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
            mvc.perform(get(path).with(httpBasic(staff, TestData.API_SECRET))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(httpBasic(admin, TestData.API_SECRET))).andExpect(status().isForbidden());
        }
        for (String path : List.of("/audit", "/audit/export.csv")) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
            for (String role : List.of(Roles.STAFF, Roles.SUPERVISOR, Roles.SURVEYOR, Roles.BOARD_SECRETARIAT, Roles.ADMIN)) {
                mvc.perform(get(path).with(user("u").roles(role))).andExpect(status().isForbidden());
            }
        }
        assertThat(exportsBy("u")).isZero();
    }

    private long exportsBy(String actor) {
        return events.findByActorOrderByIdAsc(actor).stream().filter(e -> e.getAction() == AuditAction.EXPORT).count();
    }

    /** Records as that user at 09:00 Japan time on that day. */
    private void as(String actor, LocalDate day, Runnable action) {
        ClockUtil.setCurrentTime(java.util.Date.from(day.atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Tokyo")).toInstant()));
        identity.setAuthenticatedUserId(actor);
        try {
            action.run();
        } finally {
            identity.clearAuthentication();
            ClockUtil.reset();
        }
    }
}
