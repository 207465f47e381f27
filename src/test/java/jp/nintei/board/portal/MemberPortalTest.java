package jp.nintei.board.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import jp.nintei.application.ApplicationType;
import jp.nintei.audit.AuditAction;
import jp.nintei.audit.AuditEventRepository;
import jp.nintei.board.BoardPanel;
import jp.nintei.board.BoardSession;
import jp.nintei.board.member.BoardMember;
import jp.nintei.board.member.MemberField;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.document.IssuedDocuments;
import jp.nintei.security.Roles;
import jp.nintei.support.BoardDriver;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.SecondFactors;
import jp.nintei.support.TestData;

/**
 * 委員ポータル: members log in with their own accounts, see and download only their panels'
 * sessions, until the session plus the retention; each download is audited per case.
 */
@ProcessTest
@AutoConfigureMockMvc
class MemberPortalTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired MockMvc mvc;
    @Autowired CaseDriver cases;
    @Autowired BoardDriver board;
    @Autowired TestData data;
    @Autowired AuditEventRepository audit;
    @Autowired SecondFactors factors;
    final Map<String, String> secrets = new java.util.HashMap<>();

    @Test
    void aMemberDownloadsTheirOwnWatermarkedCopyAndTheDownloadIsAudited() throws Exception {
        Fixture f = fixture(LocalDate.of(2033, 1, 10));
        MockHttpSession session = login(f.member.getLoginId());

        mvc.perform(get("/board/").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"/board/sessions/" + f.session.getId() + "\"")));
        mvc.perform(get("/board/sessions/" + f.session.getId()).session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("SHA-256")));
        var result = mvc.perform(get("/board/sessions/" + f.session.getId() + "/packet").session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn();
        byte[] pdf = result.getResponse().getContentAsByteArray();
        assertThat(result.getResponse().getHeader("X-Content-SHA256")).isEqualTo(IssuedDocuments.sha256(pdf));

        assertThat(audit.findByCaseIdOrderByIdAsc(f.caseId)).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo("board:" + f.member.getLoginId());
            assertThat(e.getAction()).isEqualTo(AuditAction.DOWNLOAD);
            assertThat(e.getDocument()).isEqualTo("審査会資料（委員用）");
            assertThat(e.getDetail()).contains(IssuedDocuments.sha256(pdf));
        });
    }

    @Test
    void aMemberOfAnotherPanelIsRefused() throws Exception {
        Fixture f = fixture(LocalDate.of(2033, 3, 7));
        BoardPanel other = board.panel("他合議体" + TestData.uniqueNumber());
        MockHttpSession session = login(other.chair().orElseThrow().getLoginId());

        mvc.perform(get("/board/sessions/" + f.session.getId() + "/packet").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/board/sessions/" + f.session.getId()).session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/board/").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/board/sessions/" + f.session.getId() + "\""))));
        assertThat(audit.findByCaseIdOrderByIdAsc(f.caseId)).noneSatisfy(e -> assertThat(e.getAction()).isEqualTo(AuditAction.DOWNLOAD));
    }

    @Test
    void theLinkStopsWorkingAfterTheSessionAndTheRetention() throws Exception {
        LocalDate day = LocalDate.of(2033, 5, 9);
        Fixture f = fixture(day);
        MockHttpSession session = login(f.member.getLoginId());
        String link = "/board/sessions/" + f.session.getId() + "/packet";

        setDate(f.session.getSessionDate().plusDays(7));
        mvc.perform(get(link).session(session)).andExpect(status().isOk());
        setDate(f.session.getSessionDate().plusDays(8));
        mvc.perform(get(link).session(session)).andExpect(status().isGone())
                .andExpect(content().string(Matchers.containsString("ダウンロード期限")));
    }

    @Test
    void onlyBoardMembersLogInHereAndTheirLoginOpensNoStaffPage() throws Exception {
        mvc.perform(get("/board/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/board/login"));
        String staff = data.user("portal.staff", Roles.STAFF);
        mvc.perform(formLogin("/board/login").user(staff).password(TestData.PASSWORD)).andExpect(redirectedUrl("/board/login?error"));
        mvc.perform(post("/board/login").param("username", "x").param("password", "y")).andExpect(status().isForbidden());

        BoardMember member = board.member("portal" + TestData.uniqueNumber(), "委員 単独", MemberField.HEALTH, null, null, java.util.List.of());
        MockHttpSession session = login(member.getLoginId());
        mvc.perform(get("/staff/cases").session(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/secretariat/board").session(session)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/board/logout").session(session).with(csrf())).andExpect(redirectedUrl("/board/login?logout"));
        mvc.perform(get("/board/").session(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void tenWrongPasswordsLockTheAccount() throws Exception {
        BoardMember member = board.member("lock" + TestData.uniqueNumber(), "委員 施錠", MemberField.HEALTH, null, null, java.util.List.of());
        for (int i = 0; i < BoardMember.MAX_FAILED_LOGINS - 1; i++) {
            mvc.perform(formLogin("/board/login").user(member.getLoginId()).password("wrong-" + i))
                    .andExpect(redirectedUrl("/board/login?error"));
        }
        mvc.perform(formLogin("/board/login").user(member.getLoginId()).password("wrong-last"))
                .andExpect(redirectedUrl("/board/login?locked"));
        mvc.perform(formLogin("/board/login").user(member.getLoginId()).password(BoardDriver.PASSWORD))
                .andExpect(redirectedUrl("/board/login?locked"));
    }

    /** Password, then a TOTP code from the member's authenticator (enrolled on first use). */
    private MockHttpSession login(String loginId) throws Exception {
        String secret = secrets.computeIfAbsent(loginId, id -> factors.enrol("board", id));
        var session = (MockHttpSession) mvc.perform(formLogin("/board/login").user(loginId).password(BoardDriver.PASSWORD))
                .andExpect(redirectedUrl("/board/login/second-factor")).andReturn().getRequest().getSession(false);
        mvc.perform(get("/board/").session(session))
                .andExpect(redirectedUrl("/board/login/second-factor"));
        mvc.perform(post("/board/login/second-factor").session(session).with(csrf())
                .param("code", factors.nextCode("board", loginId, secret)))
                .andExpect(redirectedUrlPattern("http://localhost/board/**"));
        mvc.perform(get("/board/").session(session)).andExpect(status().isOk());
        return session;
    }

    record Fixture(BoardSession session, BoardMember member, String caseId) {
    }

    private Fixture fixture(LocalDate today) {
        setDate(today);
        BoardPanel panel = board.panel("ポータル" + TestData.uniqueNumber());
        BoardSession session = board.session(panel, today.plusDays(8));
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        cases.completeSurvey(caseId);
        cases.completeOpinion(caseId);
        cases.completePrimary(caseId, CareLevel.CARE_1);
        cases.complete(caseId, "Task_ReviewMasking", Map.of());
        cases.complete(caseId, "Task_AllocateSession", Map.of("sessionNumber", session.getId()));
        board.fix(session.getId());
        return new Fixture(session, panel.members().get(1), caseId);
    }

    private static void setDate(LocalDate date) {
        ClockUtil.setCurrentTime(Date.from(date.atTime(9, 0).atZone(TOKYO).toInstant()));
    }
}
