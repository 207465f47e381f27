package jp.nintei.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import jp.nintei.application.ApplicationType;
import jp.nintei.audit.AuditAction;
import jp.nintei.audit.AuditEventRepository;
import jp.nintei.board.member.BoardMember;
import jp.nintei.board.member.MemberField;
import jp.nintei.board.member.MemberRegistration.Relative;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.security.Roles;
import jp.nintei.support.BoardDriver;
import jp.nintei.support.Browser;
import jp.nintei.support.CamundaForms;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.PostgresTestDatabase;
import jp.nintei.support.SecondFactors;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/**
 * The board in headless Chromium on PostgreSQL: the secretariat allocates in Tasklist (the form
 * shows the proposal and why a session is not possible), fixes the session and records the
 * attendance with the members' names on the checkboxes; a member logs in to the portal with
 * password and code and downloads their copy, which is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("pgtest")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class BoardBrowserIT {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired CaseDriver cases;
    @Autowired BoardDriver board;
    @Autowired BoardSessions sessions;
    @Autowired Allocations allocations;
    @Autowired SecondFactors secondFactors;
    @Autowired AuditEventRepository audit;
    @Autowired BusinessClock clock;
    @Autowired jp.nintei.outbox.OutboxDispatcher dispatcher;

    /** Delivers the members' mail these tests queued, so other tests find an empty outbox. */
    @org.junit.jupiter.api.AfterEach
    void deliverQueuedMail() {
        while (dispatcher.runOnce() > 0) {
            // until nothing is due
        }
    }

    @Test
    void theSecretariatAllocatesFixesAndOpensASessionInTasklist() {
        LocalDate today = clock.today();
        InsuredPerson person = data.elderly(today);
        String caseId = cases.receive(person, ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        cases.completeSurvey(caseId);
        cases.completeOpinion(caseId);
        cases.completePrimary(caseId, CareLevel.CARE_1);
        cases.complete(caseId, "Task_ReviewMasking", Map.of());
        String unique = TestData.uniqueNumber();
        BoardMember relative = board.member("brel" + unique, "親族 ブラウザ", MemberField.HEALTH, null, null,
                List.of(new Relative(person.getInsuredNumber(), "長女")));
        // Early hours: other tests' sessions today start at 13:30 and must not be the proposal.
        BoardSession recused = sessions.schedule(board.panel("除斥ブラウザ" + unique, relative).getId(), today,
                java.time.LocalTime.of(8, 0), "第3会議室", 30);
        BoardPanel panel = board.panel("ブラウザ" + unique);
        BoardSession free = sessions.schedule(panel.getId(), today, java.time.LocalTime.of(8, 30), "第1会議室", 30);
        String secretariat = data.user("browser.secretariat", Roles.BOARD_SECRETARIAT);

        try (Browser browser = new Browser("http://localhost:" + port)) {
            String secret = secondFactors.enrol(secretariat);
            browser.login(secretariat, TestData.PASSWORD, () -> secondFactors.nextCode(secretariat, secret));
            openTask(browser, caseId, "審査会への割付");
            By adviceText = By.xpath("//div[contains(@class,'fjs-form-field-text')][contains(., '決定期限')]");
            // Claiming computes the proposal again: the sessions were scheduled after the task appeared.
            browser.wait.until(d -> d.findElement(adviceText).getText().contains("提案: No." + free.getId()));
            var advice = browser.visible(adviceText);
            browser.screenshot("board-allocation-form");
            assertThat(advice.getText()).contains("No." + recused.getId(), "除斥", "親族 ブラウザ", "親族（長女）",
                    "提案: No." + free.getId());
            assertThat(browser.visible(By.cssSelector("[id$='-Field_sessionNumber']")).getDomProperty("value"))
                    .isEqualTo(free.getId().toString());
            browser.click(By.xpath("//button[normalize-space(.)='Complete']"));
            browser.wait.until(d -> allocations.of(caseId).isPresent());
            assertThat(allocations.of(caseId).orElseThrow().getSession().getId()).isEqualTo(free.getId());

            openTask(browser, "第" + free.getId() + "回", "割付の確定");
            new CamundaForms(browser).check("allocationConfirmed");
            browser.click(By.xpath("//button[normalize-space(.)='Complete']"));
            browser.wait.until(d -> sessions.get(free.getId()).getState() == SessionState.FIXED);
            board.runJobs(free.getId());

            openTask(browser, "第" + free.getId() + "回", "出欠の記録（開会）");
            List<BoardMember> seats = panel.members();
            browser.visible(By.xpath("//label[contains(., '" + seats.get(0).getName() + "（医療・合議体の長）')]"));
            browser.screenshot("board-attendance-form");
            var form = new CamundaForms(browser);
            form.check("seat1Present");
            form.check("seat2Present");
            form.check("seat3Present");
            browser.click(By.xpath("//button[normalize-space(.)='Complete']"));
            browser.wait.until(d -> sessions.get(free.getId()).getState() == SessionState.OPEN);
            assertThat(cases.task(caseId, "Task_RecordBoardResult")).as("the case was told the session opened").isNotNull();
        }
    }

    @Test
    void aMemberLogsInWithACodeAndDownloadsTheirCopy() throws Exception {
        LocalDate today = clock.today();
        BoardPanel panel = board.panel("ポータルブラウザ" + TestData.uniqueNumber());
        BoardSession session = board.session(panel, today.plusDays(8));
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        cases.completeSurvey(caseId);
        cases.completeOpinion(caseId);
        cases.completePrimary(caseId, CareLevel.CARE_2);
        cases.allocateBoardTo(caseId, session.getId());
        board.fix(session.getId());
        BoardMember member = panel.members().get(2);
        String secret = secondFactors.enrol("board", member.getLoginId());

        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.open("/board/");
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/board/login"));
            browser.type(By.id("username"), member.getLoginId());
            browser.type(By.id("password"), BoardDriver.PASSWORD);
            browser.click(By.cssSelector("button[type=submit]"));
            browser.wait.until(d -> d.getCurrentUrl().contains("/board/login/second-factor"));
            browser.type(By.id("code"), secondFactors.nextCode("board", member.getLoginId(), secret));
            browser.click(By.cssSelector("button[type=submit]"));
            browser.wait.until(d -> d.getCurrentUrl().contains("/board/") && !d.getCurrentUrl().contains("/login"));
            browser.click(By.linkText("第" + session.getId() + "回"));
            var main = browser.visible(By.tagName("main"));
            browser.screenshot("board-portal-session");
            assertThat(main.getText()).contains("審査会資料（委員用）", "SHA-256", "1 件", "透かし");
            String href = browser.visible(By.id("download")).getDomAttribute("href");

            String cookie = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + href)).header("Cookie", "JSESSIONID=" + cookie).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(new String(response.body(), 0, 5)).isEqualTo("%PDF-");
        }
        assertThat(audit.findByCaseIdOrderByIdAsc(caseId)).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo("board:" + member.getLoginId());
            assertThat(e.getAction()).isEqualTo(AuditAction.DOWNLOAD);
        });
    }

    private static void openTask(Browser browser, String label, String taskName) {
        browser.open("/camunda/app/tasklist/default/");
        browser.click(By.partialLinkText("すべてのタスク"));
        browser.click(By.xpath("//li[contains(@class,'task')][.//*[contains(., '" + label + "')]][.//h4[contains(., '"
                + taskName + "')]]//h4"));
        browser.click(By.xpath("//button[contains(., 'Claim')]"));
    }
}
