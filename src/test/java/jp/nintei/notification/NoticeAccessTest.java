package jp.nintei.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import jp.nintei.application.ApplicationType;
import jp.nintei.audit.AuditAction;
import jp.nintei.audit.AuditEventRepository;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.document.DocumentDraft;
import jp.nintei.document.IssuedDocuments;
import jp.nintei.security.Roles;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/** Who may open drafts, issued letters and the letterhead settings; every read is audited. */
@ProcessTest
@AutoConfigureMockMvc
class NoticeAccessTest {

    @Autowired MockMvc mvc;
    @Autowired CaseDriver cases;
    @Autowired NoticeFixtures fixtures;
    @Autowired NoticeService notices;
    @Autowired IssuedDocuments issued;
    @Autowired AuditEventRepository audit;
    @Autowired TestData data;
    @Autowired BusinessClock clock;

    @Test
    void staffOpenDraftsAndIssuedLettersAndEachReadIsAudited() throws Exception {
        String caseId = notifiedCase();
        NoticeDraft draft = notices.latest(NoticeKind.DECISION_NOTICE, caseId).orElseThrow();
        long documentId = draft.getIssuedDocumentId();

        mvc.perform(get("/staff/notices/drafts/{id}/pdf", draft.getId()).with(user("page.staff").roles(Roles.STAFF)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("inline")));
        mvc.perform(get("/staff/notices/documents/{id}/pdf", documentId).with(user("page.staff").roles(Roles.SUPERVISOR)))
                .andExpect(status().isOk()).andExpect(content().bytes(issued.get(documentId).orElseThrow().getContent()));
        mvc.perform(get("/staff/cases/{id}/notices", caseId).with(user("page.staff").roles(Roles.STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("要介護認定結果通知書")))
                .andExpect(content().string(containsString(issued.get(documentId).orElseThrow().getSha256())))
                .andExpect(content().string(containsString("発行済み")));
        String staff = data.apiClient("notice.api", Roles.STAFF);
        mvc.perform(get("/api/applications/{id}/notices", caseId).with(httpBasic(staff, TestData.API_SECRET)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("DECISION_NOTICE"))
                .andExpect(jsonPath("$[0].version").value(1))
                .andExpect(jsonPath("$[0].sha256").value(draft.getSha256()));
        mvc.perform(get("/api/notices/{id}/pdf", documentId).with(httpBasic(staff, TestData.API_SECRET)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));

        assertThat(audit.findByCaseIdOrderByIdAsc(caseId)).extracting(e -> e.getActor() + " " + e.getAction() + " " + e.getPurpose())
                .contains("page.staff READ 通知書下書きの確認", "page.staff DOWNLOAD 発行済み通知書の閲覧",
                        "page.staff READ 通知書一覧の表示", "notice.api READ 通知書一覧（API）",
                        "notice.api DOWNLOAD 発行済み通知書の取得（API）");
        assertThat(audit.findByCaseIdOrderByIdAsc(caseId)).filteredOn(e -> e.getAction() == AuditAction.DOWNLOAD)
                .allSatisfy(e -> assertThat(e.getInsuredNumber()).isNotNull());
    }

    @Test
    void otherRolesAreRefusedAndOtherDocumentsAreNotServed() throws Exception {
        String caseId = notifiedCase();
        NoticeDraft draft = notices.latest(NoticeKind.DECISION_NOTICE, caseId).orElseThrow();
        long before = audit.findByCaseIdOrderByIdAsc(caseId).size();
        for (String path : List.of("/staff/notices/drafts/" + draft.getId() + "/pdf",
                "/staff/notices/documents/" + draft.getIssuedDocumentId() + "/pdf", "/staff/cases/" + caseId + "/notices")) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
            for (String role : List.of(Roles.SURVEYOR, Roles.BOARD_SECRETARIAT, Roles.AUDITOR)) {
                mvc.perform(get(path).with(user("x").roles(role))).andExpect(status().isForbidden());
            }
        }
        String surveyor = data.apiClient("notice.surveyor", Roles.SURVEYOR);
        mvc.perform(get("/api/applications/{id}/notices", caseId).with(httpBasic(surveyor, TestData.API_SECRET)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/notices/{id}/pdf", draft.getIssuedDocumentId())).andExpect(status().isUnauthorized());
        assertThat(audit.findByCaseIdOrderByIdAsc(caseId)).hasSize((int) before);

        var packet = issued.issue(new DocumentDraft(caseId, "BOARD_PACKET", "session-1", "審査会資料", "packet.pdf",
                DocumentDraft.PDF, new byte[] {1, 2, 3}));
        String staff = data.apiClient("notice.api2", Roles.STAFF);
        mvc.perform(get("/api/notices/{id}/pdf", packet.getId()).with(httpBasic(staff, TestData.API_SECRET)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/staff/notices/drafts/{id}/pdf", 999_999_999L).with(user("s").roles(Roles.STAFF)))
                .andExpect(status().isNotFound());
    }

    @Test
    void administratorsSetTheLetterheadAndStaffMayReadIt() throws Exception {
        data.insurer();
        String admin = data.apiClient("letterhead.admin", Roles.ADMIN);
        String staff = data.apiClient("letterhead.staff", Roles.STAFF);
        String surveyor = data.apiClient("letterhead.surveyor", Roles.SURVEYOR);
        String body = """
                {"issuerName":"テスト市長 試験 一郎","department":"健康福祉部 介護保険課 認定係","postalCode":"100-0001",
                 "address":"テスト市役所1-1-1","phone":"03-1234-5678","documentNumberPrefix":"テ介",
                 "appealBody":"東京都介護保険審査会","defendant":"テスト市","defendantRepresentative":"テスト市長"}""";
        String url = "/api/insurers/" + TestData.INSURER_NUMBER + "/letterhead";
        mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic(staff, TestData.API_SECRET)))
                .andExpect(status().isForbidden());
        mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic(admin, TestData.API_SECRET)))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON).content("{\"postalCode\":\"1000001\"}")
                        .with(httpBasic(admin, TestData.API_SECRET)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message").value(org.hamcrest.Matchers.hasItem(containsString("審査請求先"))))
                .andExpect(jsonPath("$.errors[*].message").value(org.hamcrest.Matchers.hasItem(containsString("123-4567の形式"))));
        mvc.perform(put("/api/insurers/000000/letterhead").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic(admin, TestData.API_SECRET)))
                .andExpect(status().isNotFound());
        mvc.perform(get(url).with(httpBasic(staff, TestData.API_SECRET)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.appealBody").value("東京都介護保険審査会"))
                .andExpect(jsonPath("$.configured").value(true));
        mvc.perform(get(url).with(httpBasic(surveyor, TestData.API_SECRET))).andExpect(status().isForbidden());
    }

    private String notifiedCase() {
        fixtures.letterhead();
        LocalDate today = clock.today();
        String caseId = cases.receive(fixtures.resident(today), ApplicationType.NEW, today);
        cases.runToBoardResult(caseId, CareLevel.CARE_1, Map.of());
        cases.runDecision(caseId);
        cases.sendDecisionNotice(caseId);
        return caseId;
    }
}
