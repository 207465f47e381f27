package jp.nintei.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import jp.nintei.application.ApplicationType;
import jp.nintei.audit.AuditAction;
import jp.nintei.audit.AuditEventRepository;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.security.Roles;
import jp.nintei.support.BoardDriver;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/** The secretariat's pages and the board API: who may use them, what they change, what is audited. */
@ProcessTest
@AutoConfigureMockMvc
class SecretariatPagesTest {

    @Autowired MockMvc mvc;
    @Autowired CaseDriver cases;
    @Autowired BoardDriver board;
    @Autowired TestData data;
    @Autowired Allocations allocations;
    @Autowired AuditEventRepository audit;
    @Autowired BusinessClock clock;

    @Test
    void onlyTheSecretariatAndAdministratorsOpenTheBoardPages() throws Exception {
        mvc.perform(get("/secretariat/board")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/secretariat/board").with(user("clerk").roles(Roles.STAFF))).andExpect(status().isForbidden());
        mvc.perform(get("/secretariat/board").with(user("s").roles(Roles.BOARD_SECRETARIAT))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("審査会の登録")));
        mvc.perform(get("/api/board/members").with(user("sv").roles(Roles.SURVEYOR))).andExpect(status().isForbidden());
    }

    @Test
    void theSessionPageReordersAndMovesCasesAndAuditsWhatItShows() throws Exception {
        LocalDate today = clock.today();
        BoardPanel panel = board.panel("画面" + TestData.uniqueNumber());
        BoardSession session = board.session(panel, today.plusDays(20));
        BoardSession other = board.session(panel, today.plusDays(22));
        String first = allocated(session);
        String second = allocated(session);
        var secretariat = user("page.secretariat").roles(Roles.BOARD_SECRETARIAT);

        mvc.perform(get("/secretariat/board/sessions/" + session.getId()).with(secretariat)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(first)));
        assertThat(audit.findByActorOrderByIdAsc("page.secretariat")).anySatisfy(e ->
                assertThat(e.getDocument()).isEqualTo("審査会割付一覧"));

        mvc.perform(post("/secretariat/board/allocations/" + second + "/shift").param("by", "-1").with(secretariat))
                .andExpect(status().isForbidden());
        mvc.perform(post("/secretariat/board/allocations/" + second + "/shift").param("by", "-1").with(secretariat).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "審査順を変更しました"));
        assertThat(allocations.inSession(session.getId())).extracting(BoardAllocation::getCaseId).containsExactly(second, first);

        mvc.perform(post("/secretariat/board/allocations/" + first + "/move").param("targetSessionId", other.getId().toString())
                .with(secretariat).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(allocations.of(first)).get().extracting(a -> a.getSession().getId()).isEqualTo(other.getId());

        mvc.perform(post("/secretariat/board/allocations/" + second + "/move").param("targetSessionId", "999999")
                .with(secretariat).with(csrf())).andExpect(flash().attribute("error", Matchers.containsString("登録されていません")));
    }

    @Test
    void theSecretariatEditionDownloadIsAudited() throws Exception {
        BoardSession session = board.session(board.panel("事務局DL" + TestData.uniqueNumber()), clock.today().plusDays(9));
        String caseId = allocated(session);
        board.fix(session.getId());
        mvc.perform(get("/secretariat/board/sessions/" + session.getId() + "/packet")
                        .with(user("dl.secretariat").roles(Roles.BOARD_SECRETARIAT)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
        assertThat(audit.findByCaseIdOrderByIdAsc(caseId)).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo("dl.secretariat");
            assertThat(e.getAction()).isEqualTo(AuditAction.DOWNLOAD);
            assertThat(e.getDocument()).isEqualTo("審査会資料（事務局用）");
        });
    }

    @Test
    void membersAndPanelsAreRegisteredThroughTheApiWithJapaneseErrors() throws Exception {
        String id = "api" + TestData.uniqueNumber();
        var secretariat = user("api.secretariat").roles(Roles.BOARD_SECRETARIAT);
        mvc.perform(put("/api/board/members/" + id).with(secretariat).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"登録 委員\",\"field\":\"HEALTH\",\"termFrom\":\"2026-04-01\",\"termTo\":\"2028-03-31\","
                                + "\"officeNumber\":\"1370000011\",\"relatives\":[{\"insuredNumber\":\"1000000002\",\"relation\":\"父\"}]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.relatives").value(1));
        mvc.perform(put("/api/board/members/" + id).with(secretariat).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"登録 委員\",\"field\":\"HEALTH\",\"termFrom\":\"2026-04-01\",\"termTo\":\"2025-03-31\",\"officeNumber\":\"12\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(Matchers.containsString("事業所番号は10桁")))
                .andExpect(content().string(Matchers.containsString("任期")));
        mvc.perform(put("/api/board/members/" + id + "/password").with(secretariat).contentType(MediaType.APPLICATION_JSON)
                .content("{\"password\":\"short\"}")).andExpect(status().isBadRequest());
        mvc.perform(put("/api/board/panels").with(secretariat).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"二人合議体\",\"members\":[\"" + id + "\"],\"chair\":\"" + id + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("委員5人")));
    }

    private String allocated(BoardSession session) {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        cases.completeSurvey(caseId);
        cases.completeOpinion(caseId);
        cases.completePrimary(caseId, CareLevel.CARE_1);
        cases.complete(caseId, "Task_ReviewMasking", Map.of());
        cases.complete(caseId, "Task_AllocateSession", Map.of("sessionNumber", session.getId()));
        return caseId;
    }
}
