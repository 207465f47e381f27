package jp.nintei.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jp.nintei.application.ApplicationType;
import jp.nintei.audit.AuditAction;
import jp.nintei.audit.AuditEventRepository;
import jp.nintei.opinion.registry.Physician;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/**
 * The physician portal over HTTP: each link state (valid, draft, submitted, expired, revoked,
 * finished, wrong), validation next to the fields, the double submit, another case's token,
 * CSRF, the rate limit, and that every page with personal data is audited.
 */
@ProcessTest
@AutoConfigureMockMvc
class PhysicianPortalTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired MockMvc mvc;
    @Autowired CaseDriver cases;
    @Autowired OpinionSteps stage;
    @Autowired OpinionTestData opinionData;
    @Autowired OpinionSubmissions submissions;
    @Autowired OpinionService opinions;
    @Autowired OpinionLinks links;
    @Autowired TestData data;
    @Autowired AuditEventRepository audit;
    @Autowired BusinessClock clock;
    @Autowired OpinionProperties properties;

    /** A case whose request went out to a new electronic physician; the link as mailed. */
    record Linked(String caseId, Physician physician, String token) {
    }

    @Test
    void aValidLinkOpensTheFormStatelesslyAndTheReadIsAudited() throws Exception {
        Linked linked = linked();
        var result = mvc.perform(get(url(linked)).with(from(address())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("主治医意見書の作成"), containsString("試験 太郎"),
                        containsString(linked.caseId() + "-1"), containsString("1. 傷病に関する意見"),
                        containsString("5. 特記すべき事項"), containsString("同意しない"), containsString("2回目以降・施設"),
                        containsString("点滴の管理"), containsString("Ⅲb"), not(containsString("<script")))))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn();
        // No session and the CSRF cookie are checked in PhysicianPortalBrowserIT, in the real container:
        // spring-security-test's csrf() swaps the chain's token repository for a session-backed one
        // once any test has used it, so MockMvc cannot show them reliably.
        assertThat(result.getResponse().getCookie("JSESSIONID")).isNull();
        assertThat(audit.findByCaseIdOrderByIdAsc(linked.caseId())).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.READ);
            assertThat(e.getActor()).isEqualTo("physician:" + linked.physician().getPhysicianCode());
            assertThat(e.getDocument()).isEqualTo("主治医意見書");
        });
    }

    @Test
    void wrongExpiredRevokedAndFinishedLinksAllGetTheSameNeutralPage() throws Exception {
        String neutral = neutral("/physician/opinion/" + "A".repeat(43));
        assertThat(neutral).contains("このページはご利用いただけません").doesNotContain("試験 太郎");
        assertThat(neutral("/physician/opinion/short")).isEqualTo(neutral);
        assertThat(neutral("/physician/opinion/" + "A".repeat(43) + "/documents/1")).isEqualTo(neutral);

        Linked expired = linked();
        ClockUtil.setCurrentTime(Date.from(clock.now().plus(properties.linkValidity()).plusSeconds(60)));
        assertThat(neutral(url(expired))).isEqualTo(neutral);
    }

    @Test
    void aLinkStopsWorkingWhenItIsReissuedOrTheOpinionIsAccepted() throws Exception {
        String neutral = neutral("/physician/opinion/" + "B".repeat(43));
        Linked reissued = linked();
        mvc.perform(post("/staff/cases/" + reissued.caseId() + "/opinion/link").with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/staff/cases/" + reissued.caseId() + "/opinion"));
        assertThat(neutral(url(reissued))).isEqualTo(neutral);
        String fresh = stage.tokenFromMail(reissued.physician().getInstitution().getEmail());
        mvc.perform(get("/physician/opinion/" + fresh).with(from(address()))).andExpect(status().isOk());

        Linked finished = linked();
        submitValid(finished, UUID.randomUUID().toString());
        stage.runJob(finished.caseId(), "Task_TakeReturn");
        cases.complete(finished.caseId(), "Task_CheckOpinion", Map.of("checkDecision", "accept"));
        assertThat(neutral(url(finished))).isEqualTo(neutral);
    }

    @Test
    void aDraftIsSavedWithoutValidationAndShownAgain() throws Exception {
        Linked linked = linked();
        mvc.perform(post(url(linked)).with(csrf()).with(from(address())).param("action", "save")
                        .param("diagnoses[0].name", "アルツハイマー型認知症").param("heightCm", "150").param("stability", "STABLE"))
                .andExpect(redirectedUrl(url(linked) + "?notice=saved"));
        mvc.perform(get(url(linked) + "?notice=saved").with(from(address())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("下書きを保存しました"),
                        containsString("value=\"アルツハイマー型認知症\""), containsString("value=\"150\""))));
        assertThat(opinions.versions(linked.caseId())).isEmpty();
    }

    @Test
    void anIncompleteSubmissionShowsJapaneseMessagesAtTheFieldsAndKeepsTheEntries() throws Exception {
        Linked linked = linked();
        mvc.perform(post(url(linked)).with(csrf()).with(from(address())).param("action", "submit")
                        .param("submissionKey", UUID.randomUUID().toString())
                        .param("treatmentCourse", "内服治療中").param("heightCm", "百五十").param("writtenDate", "2026-13-40")
                        .param("stability", "UNSTABLE"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("入力内容を確認してください"),
                        containsString("診断名を1つ以上入力してください"), containsString("「不安定」の場合は具体的な状況を入力してください"),
                        containsString("日付は年-月-日（例: 2026-01-31）の形式で入力してください"),
                        containsString("半角の数値で入力してください"), containsString("意見書の作成区分"),
                        containsString("field-error"), containsString("内服治療中"))));
        assertThat(opinions.versions(linked.caseId())).isEmpty();
        long requestId = links.resolve(linked.token()).orElseThrow().requestId();
        assertThat(submissions.formFor(requestId).getTreatmentCourse()).isEqualTo("内服治療中");
    }

    @Test
    void submittingTwiceStoresOneOpinionAndTheLinkTurnsReadOnlyWithThePdf() throws Exception {
        Linked linked = linked();
        String key = UUID.randomUUID().toString();
        submitValid(linked, key).andExpect(redirectedUrl(url(linked) + "?notice=submitted"));
        submitValid(linked, key).andExpect(redirectedUrl(url(linked) + "?notice=submitted"));
        submitValid(linked, UUID.randomUUID().toString()).andExpect(redirectedUrl(url(linked) + "?notice=answered"));
        mvc.perform(post(url(linked)).with(csrf()).with(from(address())).param("action", "save"))
                .andExpect(redirectedUrl(url(linked) + "?notice=answered"));
        assertThat(opinions.versions(linked.caseId())).hasSize(1);

        mvc.perform(get(url(linked) + "?notice=submitted").with(from(address())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("提出済みの主治医意見書"), containsString("意見書を提出しました"),
                        containsString("脳梗塞後遺症"), containsString("PDFで保存"), not(containsString("name=\"action\"")))));
        long documentId = opinions.latest(linked.caseId()).orElseThrow().documentId();
        byte[] pdf = mvc.perform(get(url(linked) + "/documents/" + documentId).with(from(address())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(OpinionSteps.pdfText(pdf)).contains("主治医意見書", "脳梗塞後遺症");
        assertThat(audit.findByCaseIdOrderByIdAsc(linked.caseId()))
                .anySatisfy(e -> assertThat(e.getAction()).isEqualTo(AuditAction.DOWNLOAD));
    }

    @Test
    void aTokenOpensOnlyItsOwnCase() throws Exception {
        Linked mine = linked();
        Linked other = linked();
        submitValid(other, UUID.randomUUID().toString());
        long othersOpinion = opinions.latest(other.caseId()).orElseThrow().documentId();
        String neutral = neutral("/physician/opinion/" + "C".repeat(43));

        String body = mvc.perform(get(url(mine) + "/documents/" + othersOpinion).with(from(address())))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(body).isEqualTo(neutral);
        mvc.perform(get(url(other) + "/documents/" + othersOpinion).with(from(address()))).andExpect(status().isOk());
        mvc.perform(get(url(mine)).with(from(address())))
                .andExpect(content().string(allOf(containsString(mine.caseId()), not(containsString(other.caseId())))));
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        Linked linked = linked();
        mvc.perform(post(url(linked)).with(from(address())).param("action", "save").param("treatmentCourse", "x"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("送信できませんでした")));
        long requestId = links.resolve(linked.token()).orElseThrow().requestId();
        assertThat(submissions.formFor(requestId).getTreatmentCourse()).isNull();
    }

    @Test
    void aStaffLoginGrantsNothingOnThePortal() throws Exception {
        mvc.perform(get("/physician/opinion/" + "D".repeat(43)).with(staff()).with(from(address())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/physician/anything").with(staff()).with(from(address()))).andExpect(status().isNotFound());
    }

    @Test
    void aHandMadeRowIndexIsRefusedWithoutAnError() throws Exception {
        Linked linked = linked();
        mvc.perform(post(url(linked)).with(csrf()).with(from(address())).param("action", "save")
                        .param("diagnoses[7].name", "x"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void guessingIsRateLimitedPerClientAcrossTheCluster() throws Exception {
        Linked linked = linked();
        String guesser = address();
        for (int i = 0; i < properties.maxLinkFailures(); i++) {
            mvc.perform(get("/physician/opinion/" + UUID.randomUUID() + "x").with(from(guesser)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/physician/opinion/" + "E".repeat(43)).with(from(guesser)))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("このページはご利用いただけません")));
        mvc.perform(get(url(linked)).with(from(guesser))).andExpect(status().isTooManyRequests());
        mvc.perform(get(url(linked)).with(from(address()))).andExpect(status().isOk());

        ClockUtil.setCurrentTime(Date.from(clock.now().plus(properties.failureWindow()).plusSeconds(1)));
        mvc.perform(get(url(linked)).with(from(guesser))).andExpect(status().isOk());
    }

    @Test
    void theDeclineNeedsAReasonAndThenTheLinkIsUsed() throws Exception {
        Linked linked = linked();
        mvc.perform(post(url(linked) + "/decline").with(csrf()).with(from(address())).param("declineReason", " "))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("作成できない理由を入力してください")));
        mvc.perform(post(url(linked) + "/decline").with(csrf()).with(from(address()))
                        .param("declineReason", "当院の受診歴がありません"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("作成できない旨を受け付けました")));
        mvc.perform(get(url(linked)).with(from(address()))).andExpect(status().isNotFound());
        assertThat(stage.instance(linked.caseId())).satisfies(pi -> org.camunda.bpm.engine.test.assertions.bpmn
                .BpmnAwareTests.assertThat(pi).isWaitingAt("Task_TakeReturn"));
    }

    private Linked linked() {
        opinionData.driverPhysician();
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        Physician physician = opinionData.physician(true, "ポータル 医師");
        stage.request(caseId, "Task_SelectPhysician", physician.getPhysicianCode());
        return new Linked(caseId, physician, stage.tokenFromMail(physician.getInstitution().getEmail()));
    }

    private org.springframework.test.web.servlet.ResultActions submitValid(Linked linked, String key) throws Exception {
        MockHttpServletRequestBuilder post = post(url(linked)).with(csrf()).with(from(address()))
                .param("action", "submit").param("submissionKey", key);
        PortalForms.of(OpinionTestData.complete(clock.today())).forEach((name, values) ->
                values.forEach(v -> post.param(name, v)));
        return mvc.perform(post);
    }

    private String neutral(String path) throws Exception {
        return mvc.perform(get(path).with(from(address())))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
    }

    private static String url(Linked linked) {
        return "/physician/opinion/" + linked.token();
    }

    private static RequestPostProcessor staff() {
        return user("portal.staff").roles("STAFF");
    }

    /** Each test's requests come from its own address, so the rate limit of one test does not touch another. */
    private static String address() {
        return "10.4." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
